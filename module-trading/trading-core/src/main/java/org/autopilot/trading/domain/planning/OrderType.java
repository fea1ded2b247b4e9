package org.autopilot.trading.domain.planning;

/** Order types of the signal contract. */
public enum OrderType { MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP }
