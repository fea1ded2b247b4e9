package org.autopilot.trading.domain.planning;

/** Kinds of stop-loss leg. */
public enum StopLossType { STOP, STOP_LIMIT, TRAILING_STOP }
