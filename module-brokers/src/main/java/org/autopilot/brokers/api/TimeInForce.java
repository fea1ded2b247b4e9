package org.autopilot.brokers.api;

/** How long an order stays working. */
public enum TimeInForce { DAY, GTC, OPG, CLS, IOC, FOK }
