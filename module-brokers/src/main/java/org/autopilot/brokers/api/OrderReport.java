package org.autopilot.brokers.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An execution report: the order's state after an event, its cumulative fill and the last fill (if this event
 * was one), and the broker's reason for rejections and cancellations.
 */
public record OrderReport(String clientOrderId, String brokerOrderId, String symbol, OrderSide side,
                          OrderStatus status, BigDecimal quantity, BigDecimal filledQuantity, BigDecimal averagePrice,
                          BigDecimal lastQuantity, BigDecimal lastPrice, String reason, Instant time) {
}
