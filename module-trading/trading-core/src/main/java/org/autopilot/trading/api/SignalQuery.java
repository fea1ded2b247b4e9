package org.autopilot.trading.api;

import java.time.Instant;
import java.util.UUID;

/** Filters of the signal list; null fields do not filter. {@code issuesOnly} keeps signals with a non-trading delivery. */
public record SignalQuery(UUID strategyId, String ticker, String source, Instant from, Instant to, boolean issuesOnly,
                          int limit) {

    public static SignalQuery latest(int limit) {
        return new SignalQuery(null, null, null, null, null, false, limit);
    }
}
