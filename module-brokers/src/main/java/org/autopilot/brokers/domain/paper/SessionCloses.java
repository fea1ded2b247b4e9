package org.autopilot.brokers.domain.paper;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The latest session close of each instrument at one moment, by symbol (each at its own exchange's sessions and
 * time zone). A working DAY order expires once a close of its own instrument has passed since it was accepted; an
 * order accepted at the close itself belongs to the next session. An order in a symbol without a close here (not a
 * registered instrument, so never quoted) does not expire; it works until it is cancelled.
 */
public record SessionCloses(Map<String, Instant> bySymbol) {

    public SessionCloses {
        bySymbol = Map.copyOf(bySymbol);
    }

    /** Whether a DAY order in {@code symbol} accepted at {@code acceptedAt} is past its session. */
    public boolean expires(String symbol, Instant acceptedAt) {
        Instant close = bySymbol.get(symbol);
        return close != null && acceptedAt.isBefore(close);
    }

    /** The latest of all closes: no DAY order accepted at or after it expires now. */
    public Optional<Instant> latest() {
        return bySymbol.values().stream().max(Instant::compareTo);
    }
}
