/**
 * Backing bean of the webhook sources page (strategies/sources.xhtml): a strategy's source limits (IP allow-list,
 * TradingView only) and its password lock-out, seen and changed by admins.
 */
package org.autopilot.admin.web.strategysources;
