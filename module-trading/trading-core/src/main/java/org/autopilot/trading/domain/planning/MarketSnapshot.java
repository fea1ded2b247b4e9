package org.autopilot.trading.domain.planning;

import org.autopilot.brokers.api.BrokerCapabilities;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the planner knows about the account and the market at planning time. {@code position} is signed
 * (positive long, negative short); bid, ask and last may be unknown (null). The account's equity is a question to
 * the broker, asked only by the sizing that needs it ({@code percent_of_equity}).
 */
public record MarketSnapshot(BigDecimal position, BigDecimal bid, BigDecimal ask, BigDecimal last,
                             Supplier<Equity> equity, Instant now, BrokerCapabilities broker) {

    /** The account's equity and the unrealized P&L in it; either may be unknown (null). */
    public record Equity(BigDecimal equity, BigDecimal unrealizedPnl) {
    }

    public MarketSnapshot {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(broker, "broker");
    }

    /** Mid of bid and ask when both are known, else the last trade. */
    Optional<BigDecimal> marketPrice() {
        if (bid != null && ask != null) {
            return Optional.of(bid.add(ask).divide(BigDecimal.TWO, 12, RoundingMode.HALF_EVEN).stripTrailingZeros());
        }
        return Optional.ofNullable(last);
    }
}
