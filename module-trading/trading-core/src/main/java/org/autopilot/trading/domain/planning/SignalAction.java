package org.autopilot.trading.domain.planning;

/** What a signal asks for (SIGNALS.md action table). */
public enum SignalAction { BUY, SELL, EXIT, CANCEL, ADD }
