package org.autopilot.trading.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.brokers.api.OrderReport;

/** A pushed execution report of an order Autopilot does not know: kept for the operators, never applied. */
@Entity
@Table(name = "unmatched_report")
public class UnmatchedReport {

    private static final int MAX_REASON = 500;

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "client_order_id", nullable = false, updatable = false)
    private String clientOrderId;

    @Column(nullable = false, updatable = false)
    private String status;

    @Column(name = "filled_quantity", updatable = false)
    private BigDecimal filledQuantity;

    @Column(name = "average_price", updatable = false)
    private BigDecimal averagePrice;

    @Column(name = "last_quantity", updatable = false)
    private BigDecimal lastQuantity;

    @Column(name = "last_price", updatable = false)
    private BigDecimal lastPrice;

    @Column(updatable = false)
    private String reason;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected UnmatchedReport() {
    }

    public static UnmatchedReport of(UUID accountId, OrderReport r, Instant now) {
        UnmatchedReport u = new UnmatchedReport();
        u.id = UUID.randomUUID();
        u.accountId = accountId;
        u.clientOrderId = r.clientOrderId();
        u.status = r.status().name();
        u.filledQuantity = r.filledQuantity();
        u.averagePrice = r.averagePrice();
        u.lastQuantity = r.lastQuantity();
        u.lastPrice = r.lastPrice();
        u.reason = r.reason() == null || r.reason().length() <= MAX_REASON ? r.reason() : r.reason().substring(0, MAX_REASON);
        u.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
        return u;
    }
}
