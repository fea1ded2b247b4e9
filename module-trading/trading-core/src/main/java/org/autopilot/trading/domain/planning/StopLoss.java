package org.autopilot.trading.domain.planning;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A stop-loss leg: a type plus exactly one of an absolute stop price, a percent or an amount away from the entry
 * (stop_limit also needs its limit: an absolute {@code limitPrice}, or a {@code limitOffset} beyond the stop price
 * for defaults that cannot know prices; trailing stops trail by exactly one of an amount or a percent instead).
 */
public record StopLoss(StopLossType type, BigDecimal stopPrice, BigDecimal percent, BigDecimal amount,
                       BigDecimal limitPrice, BigDecimal trailAmount, BigDecimal trailPercent, BigDecimal limitOffset) {

    public StopLoss {
        Objects.requireNonNull(type, "stopLoss.type");
        long trail = Stream.of(trailAmount, trailPercent).filter(Objects::nonNull).count();
        long stop = Stream.of(stopPrice, percent, amount).filter(Objects::nonNull).count();
        if (limitOffset != null && type != StopLossType.STOP_LIMIT) {
            throw new IllegalArgumentException("stopLoss.limitOffset goes with type stop_limit, and only with it");
        }
        if (type == StopLossType.TRAILING_STOP) {
            if (trail != 1 || stop != 0) {
                throw new IllegalArgumentException("a trailing_stop stopLoss needs exactly one of trailAmount, trailPercent");
            }
        } else {
            if (stop != 1 || trail != 0) {
                throw new IllegalArgumentException("stopLoss needs exactly one of stopPrice, percent, amount");
            }
            if (limitPrice != null && limitOffset != null) {
                throw new IllegalArgumentException("a stop_limit stopLoss takes limitPrice or limitOffset, not both");
            }
            if ((type == StopLossType.STOP_LIMIT) != (limitPrice != null || limitOffset != null)) {
                throw new IllegalArgumentException("stopLoss.limitPrice goes with type stop_limit, and only with it");
            }
        }
        Stream.of(stopPrice, percent, amount, limitPrice, trailAmount, trailPercent, limitOffset)
                .filter(v -> v != null && v.signum() <= 0).findAny().ifPresent(v -> {
                    throw new IllegalArgumentException("stopLoss values must be positive, got " + v);
                });
    }

    /** A stop loss as a signal states it: absolute prices or relative values, never a limit offset. */
    public StopLoss(StopLossType type, BigDecimal stopPrice, BigDecimal percent, BigDecimal amount,
                    BigDecimal limitPrice, BigDecimal trailAmount, BigDecimal trailPercent) {
        this(type, stopPrice, percent, amount, limitPrice, trailAmount, trailPercent, null);
    }

    public static StopLoss at(BigDecimal stopPrice) {
        return new StopLoss(StopLossType.STOP, stopPrice, null, null, null, null, null);
    }

    public static StopLoss percent(BigDecimal percent) {
        return new StopLoss(StopLossType.STOP, null, percent, null, null, null, null);
    }
}
