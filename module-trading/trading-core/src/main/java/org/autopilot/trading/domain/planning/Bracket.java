package org.autopilot.trading.domain.planning;

import java.math.BigDecimal;

/**
 * The take-profit and stop-loss legs attached to an entry, as absolute prices on the tick; they go live together
 * (one cancels the other) when the entry fills. Either may be null; a trailing stop has a trail instead of a stop.
 */
public record Bracket(BigDecimal takeProfitPrice, StopLossType stopLossType, BigDecimal stopLossPrice,
                      BigDecimal stopLossLimitPrice, BigDecimal trailAmount, BigDecimal trailPercent) {
}
