package org.autopilot.trading.domain.planning;

/** The position a signal wants after the trade: long or flat, short or flat, or flat. */
public enum Sentiment { BULLISH, BEARISH, FLAT }
