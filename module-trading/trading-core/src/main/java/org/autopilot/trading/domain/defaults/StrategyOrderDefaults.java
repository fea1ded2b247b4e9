package org.autopilot.trading.domain.defaults;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.api.StrategyDefaultsView;
import org.autopilot.trading.domain.planning.OrderSettings;

/**
 * A webhook strategy's order defaults, the level between a subscription's own settings and the platform's. Kept
 * in trading because they are the planner's vocabulary; the strategy module knows nothing of them. Guarantees:
 * valid for the planner, and changed only by someone who read the current version (stored versions start at 1;
 * 0 means "never set").
 */
@Entity
@Cacheable
@Table(name = "strategy_order_defaults")
public class StrategyOrderDefaults {

    @Id
    @Column(name = "strategy_id")
    private UUID strategyId;

    @Embedded
    private ConfiguredDefaults defaults;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StrategyOrderDefaults() {
    }

    /** The first defaults of a strategy, for someone who read "never set" (version 0). */
    public static StrategyOrderDefaults first(UUID strategyId, long expectedVersion, OrderDefaults defaults,
                                              Instant now) {
        if (expectedVersion != 0) {
            throw new StaleEdit(what(strategyId), expectedVersion, 0);
        }
        StrategyOrderDefaults d = new StrategyOrderDefaults();
        d.strategyId = strategyId;
        d.defaults = ConfiguredDefaults.of(defaults);
        d.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        // JPA keeps a positive initial version; 0 stays free for "never set"
        d.version = 1;
        return d;
    }

    /** Replaces the defaults. */
    public void change(long expectedVersion, OrderDefaults changed, Instant now) {
        if (expectedVersion != version) {
            throw new StaleEdit(what(), expectedVersion, version);
        }
        defaults = ConfiguredDefaults.of(changed);
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** For messages: "the order defaults of strategy ...". */
    public String what() {
        return what(strategyId);
    }

    private static String what(UUID strategyId) {
        return "the order defaults of strategy " + strategyId;
    }

    /** What the planner reads as the strategy level. */
    public OrderSettings settings() {
        return ConfiguredDefaults.orNone(defaults).settings();
    }

    public StrategyDefaultsView toView() {
        return new StrategyDefaultsView(strategyId, version, ConfiguredDefaults.orNone(defaults).toApi());
    }
}
