package org.autopilot.trading.domain.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.autopilot.trading.api.RiskLimits;

/**
 * Checks one order against one scope's limits. A value at the limit passes; only beyond it is denied. Reducing
 * orders (exits, closes) are never held back by the position, exposure or daily-loss limits — those exist to stop
 * risk from growing — but still by size, price band, open orders, throttle and duplicates.
 */
public final class PreTradeCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param scope        whose limits these are, as the denial names it ({@code account}, {@code strategy})
     * @param bandPercent  the price band of the instrument's asset class, or {@code null} for none
     */
    public Optional<RiskDenial> check(RiskOrder order, RiskLimits limits, String scope, RiskFacts facts,
                                      BigDecimal bandPercent, Instant now) {
        Rules rules = new Rules(scope);
        rules.above(RiskRule.MAX_ORDER_QUANTITY, limits.maxOrderQuantity(), () -> order.quantity());
        if (limits.maxOrderNotional() != null) {
            Optional<BigDecimal> price = price(order, facts);
            rules.aboveOrUnknown(RiskRule.MAX_ORDER_NOTIONAL, limits.maxOrderNotional(), price.map(p -> p.multiply(order.quantity())));
        }
        if (bandPercent != null && order.namedPrice() != null) {
            facts.lastPrice(order.symbol()).ifPresent(reference -> rules.above(RiskRule.PRICE_BAND, bandPercent,
                    () -> order.namedPrice().subtract(reference).abs().multiply(HUNDRED)
                            .divide(reference, 4, RoundingMode.HALF_UP)));
        }
        if (!order.reducing()) {
            rules.above(RiskRule.MAX_DAILY_LOSS, limits.maxDailyLoss(), () -> facts.dailyPnl().negate());
            rules.above(RiskRule.MAX_POSITION, limits.maxPosition(),
                    () -> facts.position(order.symbol()).add(order.signedQuantity()).abs());
            if (limits.maxGrossExposure() != null) {
                Optional<BigDecimal> price = price(order, facts);
                rules.aboveOrUnknown(RiskRule.MAX_GROSS_EXPOSURE, limits.maxGrossExposure(),
                        price.map(p -> facts.grossExposure().add(p.multiply(order.quantity()))));
            }
        }
        rules.above(RiskRule.MAX_OPEN_ORDERS, count(limits.maxOpenOrders()), () -> BigDecimal.valueOf(facts.openOrders() + 1L));
        rules.above(RiskRule.MAX_ORDERS_PER_MINUTE, count(limits.maxOrdersPerMinute()),
                () -> BigDecimal.valueOf(facts.ordersSentSince(now.minus(Duration.ofMinutes(1))) + 1L));
        if (limits.duplicateWindowSeconds() != null) {
            Instant since = now.minusSeconds(limits.duplicateWindowSeconds());
            int identical = facts.identicalOrdersSentSince(order.symbol(), order.side(), order.quantity(), since);
            if (identical > 0) {
                rules.deny(RiskRule.DUPLICATE_ORDER, BigDecimal.valueOf(limits.duplicateWindowSeconds()),
                        BigDecimal.valueOf(identical));
            }
        }
        return rules.first();
    }

    private static Optional<BigDecimal> price(RiskOrder order, RiskFacts facts) {
        return order.namedPrice() != null ? Optional.of(order.namedPrice()) : facts.lastPrice(order.symbol());
    }

    private static BigDecimal count(Integer limit) {
        return limit == null ? null : BigDecimal.valueOf(limit);
    }

    /** Collects the first denial; later rules are not evaluated once one denied (their facts are not read). */
    private static final class Rules {
        private final String scope;
        private RiskDenial denial;

        Rules(String scope) {
            this.scope = scope;
        }

        void above(RiskRule rule, BigDecimal limit, Supplier<BigDecimal> observed) {
            if (denial == null && limit != null) {
                BigDecimal value = observed.get();
                if (value.compareTo(limit) > 0) {
                    deny(rule, limit, value.round(MathContext.DECIMAL64));
                }
            }
        }

        void aboveOrUnknown(RiskRule rule, BigDecimal limit, Optional<BigDecimal> observed) {
            if (denial == null && observed.isEmpty()) {
                deny(rule, limit, null);
            }
            observed.ifPresent(value -> above(rule, limit, () -> value));
        }

        void deny(RiskRule rule, BigDecimal limit, BigDecimal observed) {
            if (denial == null) {
                denial = new RiskDenial(rule, scope, limit, observed);
            }
        }

        Optional<RiskDenial> first() {
            return Optional.ofNullable(denial);
        }
    }
}
