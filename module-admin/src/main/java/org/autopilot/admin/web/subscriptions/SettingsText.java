package org.autopilot.admin.web.subscriptions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StopLossDefault;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.TakeProfitDefault;

/**
 * Subscription settings as short text for the dense table: "signal, else ..." where the signal's value is used
 * first, "strategy" where the strategy's default applies.
 */
final class SettingsText {

    static final String STRATEGY = "strategy";

    private SettingsText() {
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String sizing(SubscriptionSettings s) {
        OrderDefaults own = s.orderDefaults();
        String size = own.quantityType() == null ? STRATEGY : quantity(own.quantityType(), own.quantity());
        return signalFirst(s.useSignalQuantity(), size);
    }

    static String orderTypes(SubscriptionSettings s) {
        OrderDefaults own = s.orderDefaults();
        String types = own.entryOrderType() == null && own.exitOrderType() == null ? STRATEGY
                : orNone(own.entryOrderType()) + " / " + orNone(own.exitOrderType());
        return signalFirst(s.useSignalOrderType(), types);
    }

    static String timeInForce(SubscriptionSettings s) {
        return signalFirst(s.useSignalTimeInForce(), orNone(s.orderDefaults().timeInForce()));
    }

    static String takeProfit(SubscriptionSettings s) {
        TakeProfitDefault tp = s.orderDefaults().takeProfit();
        String own = tp == null ? STRATEGY : relative(tp.percent(), tp.amount());
        return signalFirst(s.useSignalTakeProfit(), own);
    }

    static String stopLoss(SubscriptionSettings s) {
        StopLossDefault sl = s.orderDefaults().stopLoss();
        return signalFirst(s.useSignalStopLoss(), sl == null ? STRATEGY : stopLoss(sl));
    }

    static String stopLoss(StopLossDefault sl) {
        return switch (sl.type()) {
            case STOP -> "stop " + relative(sl.percent(), sl.amount());
            case STOP_LIMIT -> "stop limit " + relative(sl.percent(), sl.amount()) + ", limit +"
                    + sl.limitOffset().toPlainString();
            case TRAILING_STOP -> "trailing " + relative(sl.trailPercent(), sl.trailAmount());
        };
    }

    /** The flags that differ from "off" as short words, in the order of the form. */
    static List<String> flags(SubscriptionSettings s) {
        List<String> flags = new ArrayList<>();
        if (s.sideSwapping()) {
            flags.add(s.subtractExitQuantity() ? "swap (net)" : "swap");
        }
        if (s.allowAddToPosition()) {
            flags.add("add");
        }
        if (s.cancelOpenOrders()) {
            flags.add("cancel first");
        }
        if (s.useSignalPrices()) {
            flags.add("signal prices");
        }
        return flags;
    }

    /** The stored windows are already the canonical text (days as ranges, such as Mon-Fri 09:30-16:00). */
    static String windows(SubscriptionSettings s) {
        if (s.tradingWindows().isEmpty()) {
            return "always";
        }
        return s.tradingWindows() + (s.allowExitsOutsideWindows() ? " (exits any time)" : "");
    }

    private static String quantity(QuantityType type, BigDecimal value) {
        String v = value.toPlainString();
        return switch (type) {
            case FIXED_QUANTITY -> v + " units";
            case DOLLAR_AMOUNT -> v + " amount";
            case RISK_DOLLAR_AMOUNT -> v + " at risk";
            case PERCENT_OF_EQUITY -> v + " % equity";
            case PERCENT_OF_POSITION -> v + " % position";
        };
    }

    private static String relative(BigDecimal percent, BigDecimal amount) {
        return percent != null ? percent.toPlainString() + " %" : "±" + amount.toPlainString();
    }

    private static String orNone(Enum<?> value) {
        return value == null ? STRATEGY : label(value);
    }

    private static String signalFirst(boolean useSignal, String own) {
        return useSignal ? "signal, else " + own : own;
    }
}
