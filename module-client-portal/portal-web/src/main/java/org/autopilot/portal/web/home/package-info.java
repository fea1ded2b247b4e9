/** Backing beans of the portal home page ({@code index.xhtml}). */
package org.autopilot.portal.web.home;
