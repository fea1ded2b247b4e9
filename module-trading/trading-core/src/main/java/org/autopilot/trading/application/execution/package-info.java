/**
 * From an accepted signal to orders at the broker: the fan-out to enabled subscriptions, the per-account worker's
 * planning and sending, and the application of execution reports to orders, fills and positions. Every step is
 * driven by a persistent message and is idempotent, so a redelivered message repeats nothing.
 */
package org.autopilot.trading.application.execution;
