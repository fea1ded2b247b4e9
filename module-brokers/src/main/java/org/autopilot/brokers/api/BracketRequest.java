package org.autopilot.brokers.api;

import java.math.BigDecimal;

/**
 * Exit legs that go live when the entry fills, one cancelling the other: a take-profit limit and/or a stop
 * (plain, with a limit, or trailing by an amount or a percent). Null fields are absent legs or values.
 */
public record BracketRequest(BigDecimal takeProfitLimit, BigDecimal stopLossStop, BigDecimal stopLossLimit,
                             BigDecimal stopLossTrailAmount, BigDecimal stopLossTrailPercent) {

    public boolean hasStopLoss() {
        return stopLossStop != null || stopLossTrailAmount != null || stopLossTrailPercent != null;
    }
}
