/**
 * Public face of the trading module: trading state (kill switches) now; signals, orders and positions as they
 * arrive. Any module may use these types; nothing else in {@code org.autopilot.trading} is visible outside it.
 */
package org.autopilot.trading.api;
