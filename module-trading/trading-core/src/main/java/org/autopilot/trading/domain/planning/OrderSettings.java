package org.autopilot.trading.domain.planning;

import org.autopilot.trading.api.QuantityType;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import java.math.BigDecimal;

/**
 * Order defaults at one level of precedence (subscription, strategy or platform); null means "not set here,
 * ask the next level".
 */
public record OrderSettings(QuantityType quantityType, BigDecimal quantity, OrderType entryOrderType,
                            OrderType exitOrderType, TimeInForce timeInForce, TakeProfit takeProfit, StopLoss stopLoss) {

    /** Nothing set. */
    public static final OrderSettings NONE = new OrderSettings(null, null, null, null, null, null, null);

    /** The platform's defaults: one unit at market, day orders, no bracket. */
    public static final OrderSettings PLATFORM = new OrderSettings(QuantityType.FIXED_QUANTITY, BigDecimal.ONE,
            OrderType.MARKET, OrderType.MARKET, TimeInForce.DAY, null, null);
}
