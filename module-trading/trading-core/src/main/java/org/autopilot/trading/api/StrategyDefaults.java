package org.autopilot.trading.api;

import java.util.Optional;
import java.util.UUID;

/**
 * The order defaults of webhook strategies: the level between a subscription's own settings and the platform's
 * (SIGNALS.md "Resolving each order field"). Changes are audited as done by the given actor.
 */
public interface StrategyDefaults {

    /** The strategy's order defaults (all fields null while none are set, version 0), empty for an unknown strategy. */
    Optional<StrategyDefaultsView> of(UUID strategyId);

    /**
     * Replaces the strategy's order defaults, if {@code version} is still the current one (0 while none are set).
     *
     * @throws IllegalArgumentException for an unknown strategy or invalid defaults ({@link InvalidSetting})
     * @throws StaleEdit                when the defaults changed since {@code version} was read
     */
    StrategyDefaultsView change(UUID strategyId, long version, OrderDefaults defaults, String actor);
}
