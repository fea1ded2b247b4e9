package org.autopilot.trading.api;

import java.math.BigDecimal;
import java.util.List;
import org.autopilot.strategy.api.AssetClass;

/** Reads and sets pre-trade risk limits and price bands; every change is audited with before and after. */
public interface RiskControl {

    /** The scope's limits; a scope that never had any has {@link RiskLimits#none()} and version -1. */
    RiskLimitsView limits(RiskScope scope, String scopeId);

    List<RiskLimitsView> allLimits();

    /**
     * Replaces the scope's limits.
     *
     * @param expectedVersion the version the editor saw (-1 for a scope without limits)
     * @throws InvalidSetting when a limit is refused
     * @throws StaleEdit when someone changed them in between
     */
    RiskLimitsView change(RiskScope scope, String scopeId, RiskLimits limits, long expectedVersion, String actor);

    List<PriceBandView> priceBands();

    /** @throws InvalidSetting when the percent is not between 0 (exclusive) and 100 */
    PriceBandView changePriceBand(AssetClass assetClass, BigDecimal percent, String actor);
}
