/**
 * Signal intake: guarding the webhook (source limits, password lock-out, signatures, race-free idempotency, rate
 * limits) and reading a TradersPost-compatible body into a validated signal with the contract's message codes
 * (SIGNALS.md, traderspost-webhook-spec.json). Used by the webhook endpoint and, later, manual and indicator
 * signals.
 */
package org.autopilot.trading.application.intake;
