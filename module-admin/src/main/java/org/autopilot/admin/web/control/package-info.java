/** The control room: kill switches at every level, flatten, and pre-trade risk limits. */
package org.autopilot.admin.web.control;
