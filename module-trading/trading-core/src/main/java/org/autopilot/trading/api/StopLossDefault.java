package org.autopilot.trading.api;

import java.math.BigDecimal;

/**
 * A standing stop loss. {@code stop} and {@code stop_limit}: exactly one of a percent or an amount (a price offset)
 * below a long entry (above a short one); {@code stop_limit} adds {@code limitOffset}, how much further than the
 * stop price the limit lies. {@code trailing_stop}: exactly one of {@code trailAmount} or {@code trailPercent}.
 */
public record StopLossDefault(Type type, BigDecimal percent, BigDecimal amount, BigDecimal limitOffset,
                              BigDecimal trailAmount, BigDecimal trailPercent) {

    /** The kinds of stop-loss leg (SIGNALS.md {@code stopLoss.type}). */
    public enum Type { STOP, STOP_LIMIT, TRAILING_STOP }
}
