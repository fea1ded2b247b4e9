package org.autopilot.trading.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A line of an order's conversation with its broker: what was asked, what was answered, what was pushed. */
@Entity
@Table(name = "order_event")
public class OrderEvent {

    /** Who spoke. */
    public enum Kind {
        REQUEST, RESPONSE, REPORT, NOTE,
        /** A kill switch or a risk limit kept the order from leaving. */
        DENIAL,
        /** An operator's action on the order (cancel, modify, close). */
        OPERATOR
    }

    private static final int MAX_DETAIL = 1000;

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String detail;

    protected OrderEvent() {
    }

    public static OrderEvent of(TradeOrder order, Kind kind, String detail, Instant at) {
        OrderEvent e = new OrderEvent();
        e.id = UUID.randomUUID();
        e.orderId = order.id();
        e.kind = kind;
        e.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        e.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        return e;
    }

    public UUID orderId() {
        return orderId;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
