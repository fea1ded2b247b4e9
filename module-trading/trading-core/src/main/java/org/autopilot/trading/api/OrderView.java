package org.autopilot.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;

/**
 * An order as Autopilot planned, sent and tracked it, with its conversation with the broker and its fills.
 * {@code leg} is EXIT, ENTRY, TAKE_PROFIT or STOP_LOSS; {@code status} PLANNED, WAITING or the broker's state.
 */
public record OrderView(UUID id, String clientOrderId, UUID deliveryId, UUID accountId, String leg, String symbol,
                        OrderSide side, BigDecimal quantity, OrderType type, TimeInForce timeInForce,
                        BigDecimal limitPrice, BigDecimal stopPrice, String status, String brokerOrderId,
                        BigDecimal filledQuantity, BigDecimal averagePrice, String reason, Instant createdAt,
                        Instant updatedAt, List<Event> events, List<Fill> fills) {

    /** A request to the broker, its answer, a pushed report or a note. */
    public record Event(Instant at, String kind, String detail) {
    }

    /** One fill. */
    public record Fill(Instant at, BigDecimal quantity, BigDecimal price) {
    }
}
