package org.autopilot.trading.api;

/** How a quantity value is to be read (SIGNALS.md "Sizing"). */
public enum QuantityType { FIXED_QUANTITY, DOLLAR_AMOUNT, RISK_DOLLAR_AMOUNT, PERCENT_OF_EQUITY, PERCENT_OF_POSITION }
