package org.autopilot.trading.domain.planning;

import org.autopilot.brokers.api.OrderSide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.autopilot.strategy.api.InstrumentSpec;

/**
 * Plans what one signal does to one subscription (SIGNALS.md): the action table against the current position,
 * sentiment, exit and entry quantities, side swapping, trading windows, allowed sides, then per order the fields
 * by precedence, sizing, rounding, broker fallbacks and brackets. Stateless and deterministic: the same inputs
 * always give the same plan.
 */
public final class OrderPlanner {

    public OrderPlan plan(TradeSignal signal, SubscriptionPolicy subscription, OrderSettings strategy,
                          InstrumentSpec instrument, MarketSnapshot market) {
        ResolvedFields fields = new ResolvedFields(signal, subscription, strategy);
        Context c = new Context(signal, subscription, market,
                new OrderBuilder(fields, subscription, instrument, market),
                signal.ignoreTradingWindows() || subscription.inWindow(market.now(), instrument.exchangeZone()));
        try {
            return switch (signal.action()) {
                case CANCEL -> c.exitsAllowed() ? new OrderPlan.Orders(true, List.of()) : c.outsideWindow();
                case EXIT -> exit(c);
                case ADD -> add(c);
                case BUY -> directional(c, OrderSide.BUY);
                case SELL -> directional(c, OrderSide.SELL);
            };
        } catch (Refusal refusal) {
            return new OrderPlan.Rejected(refusal.getMessage());
        }
    }

    private static OrderPlan exit(Context c) {
        if (c.held().signum() == 0) {
            return new OrderPlan.Rejected("no open position");
        }
        if (!c.exitsAllowed()) {
            return c.outsideWindow();
        }
        return new OrderPlan.Orders(false, List.of(c.builder.exit(c.closingSide(), c.builder.exitQuantity(c.held()))));
    }

    private static OrderPlan add(Context c) {
        if (c.held().signum() == 0) {
            return new OrderPlan.Rejected("no open position");
        }
        if (!c.inWindow) {
            return new OrderPlan.Ignored("entry ignored: outside trading window");
        }
        return new OrderPlan.Orders(false, List.of(c.builder.entry(c.closingSide().opposite(), null, false)));
    }

    private static OrderPlan directional(Context c, OrderSide side) {
        int sign = side == OrderSide.BUY ? 1 : -1;
        boolean opposite = c.position().signum() == -sign;
        boolean same = c.position().signum() == sign;
        Sentiment sentiment = c.signal.sentiment();
        boolean reducing = sentiment == Sentiment.FLAT
                || (side == OrderSide.BUY && sentiment == Sentiment.BEARISH)
                || (side == OrderSide.SELL && sentiment == Sentiment.BULLISH);
        if (reducing) {
            return reduce(c, side, sentiment, opposite, same);
        }
        if (same) {
            if (!c.subscription.allowAddToPosition()) {
                return new OrderPlan.Rejected("add to position not allowed");
            }
            return entryOnly(c, side, false);
        }
        if (!opposite) {
            return entryOnly(c, side, c.cancelStep());
        }
        // reverse: exit the whole opposite position, then (side swapping) the entry waits for the exit's fill
        if (!c.exitsAllowed()) {
            return c.outsideWindow();
        }
        List<PlannedOrder> orders = new ArrayList<>();
        BigDecimal exitQuantity = c.held();
        orders.add(c.builder.exit(side, exitQuantity));
        if (c.subscription.sideSwapping() && c.subscription.sides().allowsOpening(side) && c.inWindow) {
            BigDecimal remainder = null;
            if (c.subscription.subtractExitQuantity() && c.signal.quantity() != null
                    && c.subscription.useSignal().quantity()) {
                remainder = c.signal.quantity().subtract(exitQuantity);
            }
            if (remainder == null || remainder.signum() > 0) {
                orders.add(c.builder.entry(side, remainder, true));
            }
        }
        return new OrderPlan.Orders(c.cancelStep(), orders);
    }

    private static OrderPlan entryOnly(Context c, OrderSide side, boolean cancelStep) {
        if (!c.subscription.sides().allowsOpening(side)) {
            return new OrderPlan.Ignored((side == OrderSide.BUY ? "long" : "short") + " entries not allowed ("
                    + c.subscription.sides().name().toLowerCase().replace('_', ' ') + ")");
        }
        if (!c.inWindow) {
            return new OrderPlan.Ignored("entry ignored: outside trading window");
        }
        return new OrderPlan.Orders(cancelStep, List.of(c.builder.entry(side, null, false)));
    }

    /** flat: close everything; bullish sell / bearish buy: reduce the opposite position but keep its side. */
    private static OrderPlan reduce(Context c, OrderSide side, Sentiment sentiment, boolean opposite, boolean same) {
        if (same) {
            return new OrderPlan.Rejected(side.name().toLowerCase() + " with sentiment " + sentiment.name().toLowerCase()
                    + " contradicts the " + (side == OrderSide.BUY ? "long" : "short") + " position");
        }
        if (!opposite) {
            return new OrderPlan.Ignored("no open position to reduce");
        }
        if (!c.exitsAllowed()) {
            return c.outsideWindow();
        }
        BigDecimal quantity = sentiment == Sentiment.FLAT ? c.held() : c.builder.exitQuantity(c.held());
        return new OrderPlan.Orders(c.cancelStep(), List.of(c.builder.exit(side, quantity)));
    }

    /** The inputs of one planning run. */
    private record Context(TradeSignal signal, SubscriptionPolicy subscription, MarketSnapshot market,
                           OrderBuilder builder, boolean inWindow) {

        BigDecimal position() {
            return market.position();
        }

        BigDecimal held() {
            return market.position().abs();
        }

        /** The side that closes the current position. */
        OrderSide closingSide() {
            return market.position().signum() > 0 ? OrderSide.SELL : OrderSide.BUY;
        }

        boolean exitsAllowed() {
            return inWindow || subscription.allowExitsOutsideWindows();
        }

        OrderPlan outsideWindow() {
            return new OrderPlan.Ignored("outside trading window");
        }

        /** The signal's cancel flag wins; otherwise the subscription's "cancel open orders". */
        boolean cancelStep() {
            return signal.cancel() != null ? signal.cancel() : subscription.cancelOpenOrders();
        }
    }
}
