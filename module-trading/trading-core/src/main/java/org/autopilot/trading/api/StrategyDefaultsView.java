package org.autopilot.trading.api;

import java.util.UUID;

/** A strategy's order defaults; {@code version} is 0 until they are first set. */
public record StrategyDefaultsView(UUID strategyId, long version, OrderDefaults defaults) {
}
