/**
 * Backing beans of the subscription pages (subscriptions/*.xhtml) for admins and operators: strategies with their
 * subscriptions, a strategy's order defaults, and one subscription's settings, through trading's api only.
 */
package org.autopilot.admin.web.subscriptions;
