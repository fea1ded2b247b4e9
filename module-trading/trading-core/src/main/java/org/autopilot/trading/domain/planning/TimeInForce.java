package org.autopilot.trading.domain.planning;

/** How long an order stays working. */
public enum TimeInForce { DAY, GTC, OPG, CLS, IOC, FOK }
