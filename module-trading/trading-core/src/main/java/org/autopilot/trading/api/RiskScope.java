package org.autopilot.trading.api;

/** Who carries risk limits: a broker account, or a strategy across all its subscriptions. */
public enum RiskScope { ACCOUNT, STRATEGY }
