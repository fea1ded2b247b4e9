package org.autopilot.trading.api;

/** The scopes a kill switch can stop, widest first. */
public enum SwitchLevel { PLATFORM, BROKER_ACCOUNT, STRATEGY, SUBSCRIPTION }
