package org.autopilot.trading.domain.planning;

import org.autopilot.trading.api.AllowedSides;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** How one subscription trades a strategy's signals (SIGNALS.md "subscription overrides"). */
public record SubscriptionPolicy(SignalToggles useSignal, OrderSettings own, BigDecimal multiplier,
                                 AllowedSides sides, boolean sideSwapping, boolean subtractExitQuantity,
                                 boolean allowAddToPosition, boolean cancelOpenOrders, List<TradingWindow> windows,
                                 boolean allowExitsOutsideWindows) {

    public SubscriptionPolicy {
        Objects.requireNonNull(useSignal, "useSignal");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(sides, "sides");
        if (multiplier == null || multiplier.signum() <= 0) {
            throw new IllegalArgumentException("multiplier must be positive, got " + multiplier);
        }
        windows = List.copyOf(windows);
    }

    /** The platform's defaults: use everything the signal sends, both sides, swap, cancel first, always open. */
    public static SubscriptionPolicy defaults() {
        return new SubscriptionPolicy(SignalToggles.ALL, OrderSettings.NONE, BigDecimal.ONE, AllowedSides.BOTH, true,
                true, false, true, List.of(), true);
    }

    /** No windows means always open. */
    boolean inWindow(Instant now, ZoneId zone) {
        return windows.isEmpty() || windows.stream().anyMatch(w -> w.contains(now, zone));
    }
}
