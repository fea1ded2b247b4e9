package org.autopilot.brokers.api;

/** The kind of venue a connection talks to; each has its own adapter. */
public enum Venue { PAPER, FIX, ALPACA, BINANCE }
