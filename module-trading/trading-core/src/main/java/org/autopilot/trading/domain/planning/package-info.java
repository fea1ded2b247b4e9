/**
 * Order planning: turns one signal into the orders one subscription should send, given its settings, the
 * strategy defaults, the instrument and the account's position and quotes (SIGNALS.md). Pure functions over
 * value objects, no I/O: the same planner serves webhooks, manual signals, backtests and paper trading.
 */
package org.autopilot.trading.domain.planning;
