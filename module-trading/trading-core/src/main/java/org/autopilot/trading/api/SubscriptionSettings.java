package org.autopilot.trading.api;

import java.math.BigDecimal;

/**
 * Every per-account override of a subscription (SIGNALS.md): which signal values to use, the account's own order
 * defaults (null fields = take the strategy's or the platform's), sizing multiplier, sides, position semantics and
 * trading windows in their text form ({@code "MON,TUE,WED,THU,FRI 09:30-16:00"}, empty = always).
 */
public record SubscriptionSettings(boolean useSignalQuantity, boolean useSignalOrderType, boolean useSignalTimeInForce,
                                   boolean useSignalPrices, boolean useSignalTakeProfit, boolean useSignalStopLoss,
                                   OrderDefaults orderDefaults, BigDecimal multiplier, AllowedSides sides,
                                   boolean sideSwapping, boolean subtractExitQuantity, boolean allowAddToPosition,
                                   boolean cancelOpenOrders, String tradingWindows, boolean allowExitsOutsideWindows) {

    /** The platform's defaults: use what the signal sends, the strategy's order defaults, both sides, always open. */
    public static SubscriptionSettings defaults() {
        return new SubscriptionSettings(true, true, true, true, true, true, OrderDefaults.none(), BigDecimal.ONE,
                AllowedSides.BOTH, true, true, false, true, "", true);
    }
}
