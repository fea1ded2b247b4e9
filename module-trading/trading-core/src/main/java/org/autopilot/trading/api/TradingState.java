package org.autopilot.trading.api;

/** What a scope may do: everything, only reduce exposure (exits and cancels), or nothing. */
public enum TradingState { ACTIVE, REDUCING, HALTED }
