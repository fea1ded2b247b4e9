/**
 * Human control over trading: kill switches at four levels (platform, broker account, strategy, subscription) with
 * the gate that makes a change effective before the next order leaves, flattening, and pre-trade risk limits.
 */
package org.autopilot.trading.application.control;
