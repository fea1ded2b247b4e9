package org.autopilot.trading.api;

import java.math.BigDecimal;

/**
 * The pre-trade limits of an account or a strategy; a {@code null} limit is not checked. Position, gross exposure
 * and daily loss belong to an account only. The duplicate window is in seconds.
 */
public record RiskLimits(BigDecimal maxOrderQuantity, BigDecimal maxOrderNotional, BigDecimal maxPosition,
                         BigDecimal maxGrossExposure, Integer maxOpenOrders, Integer maxOrdersPerMinute,
                         Integer duplicateWindowSeconds, BigDecimal maxDailyLoss) {

    /** No limits at all. */
    public static RiskLimits none() {
        return new RiskLimits(null, null, null, null, null, null, null, null);
    }

    /**
     * Refuses a non-positive limit, or an account-only limit on a strategy.
     *
     * @throws InvalidSetting naming the field
     */
    public RiskLimits validFor(RiskScope scope) {
        positive("maxOrderQuantity", maxOrderQuantity);
        positive("maxOrderNotional", maxOrderNotional);
        positive("maxPosition", maxPosition);
        positive("maxGrossExposure", maxGrossExposure);
        positive("maxOpenOrders", maxOpenOrders == null ? null : BigDecimal.valueOf(maxOpenOrders));
        positive("maxOrdersPerMinute", maxOrdersPerMinute == null ? null : BigDecimal.valueOf(maxOrdersPerMinute));
        positive("duplicateWindowSeconds", duplicateWindowSeconds == null ? null : BigDecimal.valueOf(duplicateWindowSeconds));
        positive("maxDailyLoss", maxDailyLoss);
        if (scope == RiskScope.STRATEGY) {
            accountOnly("maxPosition", maxPosition);
            accountOnly("maxGrossExposure", maxGrossExposure);
            accountOnly("maxDailyLoss", maxDailyLoss);
        }
        return this;
    }

    private static void positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw new InvalidSetting(field, field + " must be greater than 0 (leave it empty for no limit)");
        }
    }

    private static void accountOnly(String field, BigDecimal value) {
        if (value != null) {
            throw new InvalidSetting(field, field + " is an account limit: a strategy has no position or equity of its own");
        }
    }
}
