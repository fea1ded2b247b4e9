package org.autopilot.trading.domain.defaults;

import java.util.Optional;
import java.util.UUID;
import org.autopilot.trading.domain.planning.OrderSettings;

/** Strategies' order defaults in storage. */
public interface StrategyDefaultsRepository {

    Optional<StrategyOrderDefaults> of(UUID strategyId);

    /** Stores new defaults now; a concurrent first setting of the same strategy's defaults is a StaleEdit. */
    void add(StrategyOrderDefaults defaults);

    /** Writes changes now, so the version is current; a concurrent change is a StaleEdit. */
    void store(StrategyOrderDefaults defaults);

    /** The strategy level of the planner's precedence: {@link OrderSettings#NONE} while none are set. */
    default OrderSettings forStrategy(UUID strategyId) {
        return of(strategyId).map(StrategyOrderDefaults::settings).orElse(OrderSettings.NONE);
    }
}
