package org.autopilot.trading.domain.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.domain.planning.OrderSettings;
import org.junit.jupiter.api.Test;

/** A strategy's order defaults: versions guard changes, and execution reads NONE until some are set. */
class StrategyOrderDefaultsTest {

    private static final UUID STRATEGY = UUID.fromString("6a1c2c55-0f39-4c8e-9d7a-3f1f0b3e2a10");
    private static final Instant NOW = Instant.parse("2026-03-04T15:00:00Z");
    private static final OrderDefaults FIVE_GTC = new OrderDefaults(QuantityType.FIXED_QUANTITY, new BigDecimal("5"),
            null, null, TimeInForce.GTC, null, null);

    @Test
    void theFirstDefaultsNeedTheVersionOfNeverSet() {
        assertEquals("the order defaults of strategy " + STRATEGY + " changed since you read them (your version 3, now"
                        + " 0); reload and apply your change again",
                assertThrows(StaleEdit.class, () -> StrategyOrderDefaults.first(STRATEGY, 3, FIVE_GTC, NOW)).getMessage());
        StrategyOrderDefaults first = StrategyOrderDefaults.first(STRATEGY, 0, FIVE_GTC, NOW);
        assertEquals(1, first.toView().version());
        assertEquals(FIVE_GTC, first.toView().defaults());
    }

    @Test
    void aChangeOnAnOldVersionIsStaleAndChangesNothing() {
        StrategyOrderDefaults stored = StrategyOrderDefaults.first(STRATEGY, 0, FIVE_GTC, NOW);
        assertThrows(StaleEdit.class, () -> stored.change(0, OrderDefaults.none(), NOW));
        assertEquals(FIVE_GTC, stored.toView().defaults());
        stored.change(1, OrderDefaults.none(), NOW);
        assertEquals(OrderSettings.NONE, stored.settings());
    }

    @Test
    void executionReadsNoneUntilDefaultsAreSet() {
        Map<UUID, StrategyOrderDefaults> rows = new HashMap<>();
        StrategyDefaultsRepository repository = new StrategyDefaultsRepository() {
            @Override
            public Optional<StrategyOrderDefaults> of(UUID strategyId) {
                return Optional.ofNullable(rows.get(strategyId));
            }

            @Override
            public void add(StrategyOrderDefaults defaults) {
                rows.put(STRATEGY, defaults);
            }

            @Override
            public void store(StrategyOrderDefaults defaults) {
                rows.put(STRATEGY, defaults);
            }
        };
        assertEquals(OrderSettings.NONE, repository.forStrategy(STRATEGY));
        repository.add(StrategyOrderDefaults.first(STRATEGY, 0, FIVE_GTC, NOW));
        assertEquals(new OrderSettings(QuantityType.FIXED_QUANTITY, new BigDecimal("5"), null, null, TimeInForce.GTC,
                null, null), repository.forStrategy(STRATEGY));
    }
}
