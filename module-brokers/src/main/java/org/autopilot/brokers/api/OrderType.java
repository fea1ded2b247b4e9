package org.autopilot.brokers.api;

/** Order types, as signals name them and brokers accept them. */
public enum OrderType { MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP }
