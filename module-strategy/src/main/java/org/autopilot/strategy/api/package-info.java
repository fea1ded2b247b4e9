/**
 * Public face of the strategy module: strategies, instruments and market data as other modules see them.
 * Any module may use these types; nothing else in {@code org.autopilot.strategy} is visible outside it.
 */
package org.autopilot.strategy.api;
