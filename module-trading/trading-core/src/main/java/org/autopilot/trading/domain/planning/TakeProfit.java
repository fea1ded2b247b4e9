package org.autopilot.trading.domain.planning;

import java.math.BigDecimal;
import java.util.stream.Stream;

/** A take-profit leg: exactly one of an absolute limit price, a percent or an amount away from the entry. */
public record TakeProfit(BigDecimal limitPrice, BigDecimal percent, BigDecimal amount) {

    public TakeProfit {
        if (Stream.of(limitPrice, percent, amount).filter(v -> v != null).count() != 1) {
            throw new IllegalArgumentException("takeProfit needs exactly one of limitPrice, percent, amount");
        }
        Stream.of(limitPrice, percent, amount).filter(v -> v != null && v.signum() <= 0).findAny().ifPresent(v -> {
            throw new IllegalArgumentException("takeProfit values must be positive, got " + v);
        });
    }
}
