package org.autopilot.trading.domain.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Why an order was not sent: the rule, whose limit it was ({@code account}, {@code strategy}), the limit and what was
 * observed. {@code observed} is {@code null} when the value could not be known (no price to value the order with).
 */
public record RiskDenial(RiskRule rule, String scope, BigDecimal limit, BigDecimal observed) {

    public RiskDenial {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(limit, "limit");
    }

    /** "risk denied: max order quantity (account limit 100): observed 150". */
    public String describe() {
        return "risk denied: " + rule.label() + " (" + scope + " limit " + plain(limit) + "): "
                + (observed == null ? "no quote to value the order" : "observed " + plain(observed));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
