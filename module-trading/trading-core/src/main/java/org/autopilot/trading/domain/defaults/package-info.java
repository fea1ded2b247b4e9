/**
 * Order defaults as configured at one level of SIGNALS.md's precedence: a strategy's (stored here, keyed by the
 * strategy id) and a subscription's own (embedded in the subscription). Both validate against and convert to the
 * planner's {@code OrderSettings}; used by the subscription aggregate, the application services and execution.
 */
package org.autopilot.trading.domain.defaults;
