package org.autopilot.strategy.api;

/** What kind of market an instrument trades in; decides sessions, sizing rules and risk defaults. */
public enum AssetClass { STOCK, CRYPTO, FUTURE, FOREX }
