/** Backing beans of the webhook strategies page (strategies/webhooks.xhtml): create strategies and hand out their webhook URL once. */
package org.autopilot.admin.web.strategies;
