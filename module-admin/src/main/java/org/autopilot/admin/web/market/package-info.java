/** Backing beans of the instruments page (instruments/list.xhtml). */
package org.autopilot.admin.web.market;
