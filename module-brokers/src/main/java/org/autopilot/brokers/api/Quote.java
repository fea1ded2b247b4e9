package org.autopilot.brokers.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/** Top of book for a symbol at a moment. */
public record Quote(String symbol, BigDecimal bid, BigDecimal ask, Instant time) {

    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(time, "time");
        if (bid == null || ask == null || bid.signum() <= 0 || ask.compareTo(bid) < 0) {
            throw new IllegalArgumentException("a quote needs 0 < bid <= ask, got " + bid + " / " + ask);
        }
    }

    public BigDecimal mid() {
        return bid.add(ask).divide(BigDecimal.TWO, 12, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
