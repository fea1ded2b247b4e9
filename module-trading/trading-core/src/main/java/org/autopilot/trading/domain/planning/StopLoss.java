package org.autopilot.trading.domain.planning;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A stop-loss leg: a type plus exactly one of an absolute stop price, a percent or an amount away from the entry
 * ({@code limitPrice} only and always for stop_limit; trailing stops trail by exactly one of an amount or a
 * percent instead).
 */
public record StopLoss(StopLossType type, BigDecimal stopPrice, BigDecimal percent, BigDecimal amount,
                       BigDecimal limitPrice, BigDecimal trailAmount, BigDecimal trailPercent) {

    public StopLoss {
        Objects.requireNonNull(type, "stopLoss.type");
        long trail = Stream.of(trailAmount, trailPercent).filter(Objects::nonNull).count();
        long stop = Stream.of(stopPrice, percent, amount).filter(Objects::nonNull).count();
        if (type == StopLossType.TRAILING_STOP) {
            if (trail != 1 || stop != 0) {
                throw new IllegalArgumentException("a trailing_stop stopLoss needs exactly one of trailAmount, trailPercent");
            }
        } else {
            if (stop != 1 || trail != 0) {
                throw new IllegalArgumentException("stopLoss needs exactly one of stopPrice, percent, amount");
            }
            if ((type == StopLossType.STOP_LIMIT) != (limitPrice != null)) {
                throw new IllegalArgumentException("stopLoss.limitPrice goes with type stop_limit, and only with it");
            }
        }
        Stream.of(stopPrice, percent, amount, limitPrice, trailAmount, trailPercent)
                .filter(v -> v != null && v.signum() <= 0).findAny().ifPresent(v -> {
                    throw new IllegalArgumentException("stopLoss values must be positive, got " + v);
                });
    }

    public static StopLoss at(BigDecimal stopPrice) {
        return new StopLoss(StopLossType.STOP, stopPrice, null, null, null, null, null);
    }

    public static StopLoss percent(BigDecimal percent) {
        return new StopLoss(StopLossType.STOP, null, percent, null, null, null, null);
    }
}
