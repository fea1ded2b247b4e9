package org.autopilot.trading.domain.planning;

import org.autopilot.trading.api.AllowedSides;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.autopilot.strategy.api.ExchangeSessions;

/** How one subscription trades a strategy's signals (SIGNALS.md "subscription overrides"). */
public record SubscriptionPolicy(SignalToggles useSignal, OrderSettings own, BigDecimal multiplier,
                                 AllowedSides sides, boolean sideSwapping, boolean subtractExitQuantity,
                                 boolean allowAddToPosition, boolean cancelOpenOrders, ExchangeSessions windows,
                                 boolean allowExitsOutsideWindows) {

    public SubscriptionPolicy {
        Objects.requireNonNull(useSignal, "useSignal");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(sides, "sides");
        if (multiplier == null || multiplier.signum() <= 0) {
            throw new IllegalArgumentException("multiplier must be positive, got " + multiplier);
        }
        Objects.requireNonNull(windows, "windows");
    }

    /** The platform's defaults: use everything the signal sends, both sides, swap, cancel first, always open. */
    public static SubscriptionPolicy defaults() {
        return new SubscriptionPolicy(SignalToggles.ALL, OrderSettings.NONE, BigDecimal.ONE, AllowedSides.BOTH, true,
                true, false, true, ExchangeSessions.ALWAYS_OPEN, true);
    }

    /** Windows read like an exchange's sessions, in the instrument's exchange zone; 24/7 when there are none. */
    boolean inWindow(Instant now, ZoneId zone) {
        return windows.isOpen(now, zone);
    }
}
