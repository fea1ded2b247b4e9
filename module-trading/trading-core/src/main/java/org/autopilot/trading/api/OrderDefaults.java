package org.autopilot.trading.api;

import java.math.BigDecimal;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;

/**
 * Order defaults at one level of SIGNALS.md's precedence, a strategy's or a subscription's own: sizing (quantity
 * type and quantity go together), entry and exit order types, time in force, take profit and stop loss. A null
 * field is not set at this level: the next level (strategy, then platform) decides.
 */
public record OrderDefaults(QuantityType quantityType, BigDecimal quantity, OrderType entryOrderType,
                            OrderType exitOrderType, TimeInForce timeInForce, TakeProfitDefault takeProfit,
                            StopLossDefault stopLoss) {

    /** Nothing set at this level. */
    public static OrderDefaults none() {
        return new OrderDefaults(null, null, null, null, null, null, null);
    }
}
