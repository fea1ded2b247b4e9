/** The /admin web application (Faces + PrimeFaces) for admins, operators, corporate staff and batch operators. */
package org.autopilot.admin.web;
