package org.autopilot.trading.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.brokers.api.OrderSide;

/** One fill of an order, unique by the order's cumulative filled quantity after it. */
@Entity
@Table(name = "order_fill")
public class OrderFill {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(nullable = false, updatable = false)
    private String symbol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderSide side;

    @Column(nullable = false, updatable = false)
    private BigDecimal quantity;

    @Column(nullable = false, updatable = false)
    private BigDecimal price;

    @Column(name = "cumulative_quantity", nullable = false, updatable = false)
    private BigDecimal cumulativeQuantity;

    @Column(name = "filled_at", nullable = false, updatable = false)
    private Instant filledAt;

    protected OrderFill() {
    }

    public static OrderFill of(TradeOrder order, FillDelta delta, Instant at) {
        OrderFill f = new OrderFill();
        f.id = UUID.randomUUID();
        f.orderId = order.id();
        f.accountId = order.accountId();
        f.symbol = order.symbol();
        f.side = order.side();
        f.quantity = delta.quantity();
        f.price = delta.price();
        f.cumulativeQuantity = delta.cumulativeQuantity();
        f.filledAt = at.truncatedTo(ChronoUnit.MICROS);
        return f;
    }

    public UUID orderId() {
        return orderId;
    }

    public OrderSide side() {
        return side;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal price() {
        return price;
    }

    public Instant filledAt() {
        return filledAt;
    }
}
