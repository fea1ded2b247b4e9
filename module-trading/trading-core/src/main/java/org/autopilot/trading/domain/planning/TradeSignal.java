package org.autopilot.trading.domain.planning;

import org.autopilot.trading.api.QuantityType;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A validated signal as the planner reads it. Every field but ticker and action is optional (null); the
 * subscription decides which of them it uses. {@code cancel} is a tri-state: null leaves the cancel step to the
 * subscription.
 */
public record TradeSignal(String ticker, SignalAction action, Sentiment sentiment, BigDecimal quantity,
                          QuantityType quantityType, OrderType orderType, BigDecimal limitPrice, BigDecimal stopPrice,
                          BigDecimal price, TimeInForce timeInForce, TakeProfit takeProfit, StopLoss stopLoss,
                          Boolean cancel, boolean ignoreTradingWindows) {

    public TradeSignal {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(action, "action");
        if (action == SignalAction.EXIT && sentiment != null) {
            throw new IllegalArgumentException("invalid-sentiment-action: exit takes no sentiment");
        }
        if (quantity != null && quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + quantity);
        }
    }

    /** A bare signal: ticker and action only. */
    public static TradeSignal of(String ticker, SignalAction action) {
        return new TradeSignal(ticker, action, null, null, null, null, null, null, null, null, null, null, null, false);
    }

    public TradeSignal withQuantity(BigDecimal value, QuantityType type) {
        return new TradeSignal(ticker, action, sentiment, value, type, orderType, limitPrice, stopPrice, price,
                timeInForce, takeProfit, stopLoss, cancel, ignoreTradingWindows);
    }

    public TradeSignal withSentiment(Sentiment value) {
        return new TradeSignal(ticker, action, value, quantity, quantityType, orderType, limitPrice, stopPrice, price,
                timeInForce, takeProfit, stopLoss, cancel, ignoreTradingWindows);
    }

    public TradeSignal withOrder(OrderType type, BigDecimal limit, BigDecimal stop) {
        return new TradeSignal(ticker, action, sentiment, quantity, quantityType, type, limit, stop, price,
                timeInForce, takeProfit, stopLoss, cancel, ignoreTradingWindows);
    }

    public TradeSignal withBracket(TakeProfit profit, StopLoss loss) {
        return new TradeSignal(ticker, action, sentiment, quantity, quantityType, orderType, limitPrice, stopPrice,
                price, timeInForce, profit, loss, cancel, ignoreTradingWindows);
    }

    public TradeSignal withPrice(BigDecimal value) {
        return new TradeSignal(ticker, action, sentiment, quantity, quantityType, orderType, limitPrice, stopPrice,
                value, timeInForce, takeProfit, stopLoss, cancel, ignoreTradingWindows);
    }

    public TradeSignal withCancel(Boolean value, boolean ignoreWindows) {
        return new TradeSignal(ticker, action, sentiment, quantity, quantityType, orderType, limitPrice, stopPrice,
                price, timeInForce, takeProfit, stopLoss, value, ignoreWindows);
    }
}
