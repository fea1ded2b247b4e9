package org.autopilot.trading.api;

import org.autopilot.brokers.api.OrderSide;

/** Which positions a subscription may open; a signal that would open a forbidden side only exits. */
public enum AllowedSides {
    BOTH, LONG_ONLY, SHORT_ONLY;

    public boolean allowsOpening(OrderSide side) {
        return this == BOTH || (this == LONG_ONLY) == (side == OrderSide.BUY);
    }
}
