/**
 * Signal intake: reading a TradersPost-compatible webhook body into a validated signal with the contract's
 * message codes (SIGNALS.md, traderspost-webhook-spec.json). Used by the webhook endpoint and, later, manual and
 * indicator signals.
 */
package org.autopilot.trading.application.intake;
