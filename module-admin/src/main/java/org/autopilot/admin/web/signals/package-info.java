/** Backing beans of the signal log page (signals/log.xhtml): the webhook requests Autopilot received and what it answered. */
package org.autopilot.admin.web.signals;
