/**
 * Execution of planned orders per broker account: the fan-out of a signal to its subscriptions (deliveries), the
 * orders as sent to brokers with their deterministic client order ids, what the brokers answered, fills and
 * positions.
 */
package org.autopilot.trading.domain.execution;
