/** The /portal web application (Faces + PrimeFaces) for investors. */
package org.autopilot.portal.web;
