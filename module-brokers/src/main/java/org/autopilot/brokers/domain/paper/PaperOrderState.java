package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.time.Instant;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderStatus;

/**
 * Everything the venue knows about one order, as stored: the request (as last replaced), its place in the venue's
 * order sequence (which also names it: broker order id {@code paper-<sequence>}), the bracket sibling it cancels,
 * its status and fill, and its trigger state (stop touched, trailing watermark).
 */
public record PaperOrderState(OrderRequest request, long sequence, String ocoSibling, OrderStatus status,
                              BigDecimal averagePrice, boolean stopTriggered, BigDecimal watermark, Instant acceptedAt) {
}
