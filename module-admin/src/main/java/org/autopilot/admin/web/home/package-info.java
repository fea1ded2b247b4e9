/** Backing beans of the admin home page ({@code index.xhtml}). */
package org.autopilot.admin.web.home;
