package org.autopilot.brokers.infrastructure.persistence.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.brokers.api.BracketRequest;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderStatus;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.brokers.domain.paper.PaperOrderState;

/** An order of a paper venue, working or finished (row of {@code paper_order}). */
@Entity
@Table(name = "paper_order")
class PaperOrderRecord {

    /** Venue and client order id: unique for ever. */
    @Embeddable
    record Key(@Column(name = "account_id") UUID accountId, @Column(name = "client_order_id") String clientOrderId)
            implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequenceNo;

    @Column(nullable = false, updatable = false)
    private String symbol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderSide side;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false, updatable = false)
    private OrderType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_in_force", nullable = false, updatable = false)
    private TimeInForce timeInForce;

    @Column(nullable = false, precision = 36, scale = 12)
    private BigDecimal quantity;

    @Column(name = "limit_price", precision = 36, scale = 12)
    private BigDecimal limitPrice;

    @Column(name = "stop_price", precision = 36, scale = 12)
    private BigDecimal stopPrice;

    @Column(name = "trail_amount", precision = 36, scale = 12)
    private BigDecimal trailAmount;

    @Column(name = "trail_percent", precision = 36, scale = 12)
    private BigDecimal trailPercent;

    @Column(name = "tp_limit", precision = 36, scale = 12)
    private BigDecimal takeProfitLimit;

    @Column(name = "sl_stop", precision = 36, scale = 12)
    private BigDecimal stopLossStop;

    @Column(name = "sl_limit", precision = 36, scale = 12)
    private BigDecimal stopLossLimit;

    @Column(name = "sl_trail_amount", precision = 36, scale = 12)
    private BigDecimal stopLossTrailAmount;

    @Column(name = "sl_trail_percent", precision = 36, scale = 12)
    private BigDecimal stopLossTrailPercent;

    @Column(name = "oco_sibling", updatable = false)
    private String ocoSibling;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    /** Derived from the status, stored so that quotes find the working orders by index. */
    @Column(nullable = false)
    private boolean working;

    @Column(name = "average_price", precision = 36, scale = 12)
    private BigDecimal averagePrice;

    @Column(name = "stop_triggered", nullable = false)
    private boolean stopTriggered;

    @Column(precision = 36, scale = 12)
    private BigDecimal watermark;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    protected PaperOrderRecord() {
    }

    PaperOrderRecord(Key key, PaperOrderState state) {
        this.id = key;
        this.sequenceNo = state.sequence();
        this.symbol = state.request().symbol();
        this.side = state.request().side();
        this.type = state.request().type();
        this.timeInForce = state.request().timeInForce();
        this.ocoSibling = state.ocoSibling();
        this.acceptedAt = state.acceptedAt().truncatedTo(ChronoUnit.MICROS);
        set(state);
    }

    /** Takes what can change: the replaced request's quantity and prices, status, fill and trigger state. */
    void set(PaperOrderState state) {
        OrderRequest r = state.request();
        quantity = Decimals.column(r.quantity());
        limitPrice = Decimals.column(r.limitPrice());
        stopPrice = Decimals.column(r.stopPrice());
        trailAmount = Decimals.column(r.trailAmount());
        trailPercent = Decimals.column(r.trailPercent());
        BracketRequest b = r.bracket();
        takeProfitLimit = b == null ? null : Decimals.column(b.takeProfitLimit());
        stopLossStop = b == null ? null : Decimals.column(b.stopLossStop());
        stopLossLimit = b == null ? null : Decimals.column(b.stopLossLimit());
        stopLossTrailAmount = b == null ? null : Decimals.column(b.stopLossTrailAmount());
        stopLossTrailPercent = b == null ? null : Decimals.column(b.stopLossTrailPercent());
        status = state.status();
        working = !state.status().isFinal();
        averagePrice = Decimals.column(state.averagePrice());
        stopTriggered = state.stopTriggered();
        watermark = Decimals.column(state.watermark());
    }

    PaperOrderState toState() {
        boolean bracket = takeProfitLimit != null || stopLossStop != null || stopLossLimit != null
                || stopLossTrailAmount != null || stopLossTrailPercent != null;
        OrderRequest request = new OrderRequest(id.clientOrderId(), symbol, side, Decimals.value(quantity), type,
                timeInForce, Decimals.value(limitPrice), Decimals.value(stopPrice), Decimals.value(trailAmount),
                Decimals.value(trailPercent), bracket ? new BracketRequest(Decimals.value(takeProfitLimit),
                Decimals.value(stopLossStop), Decimals.value(stopLossLimit), Decimals.value(stopLossTrailAmount),
                Decimals.value(stopLossTrailPercent)) : null);
        return new PaperOrderState(request, sequenceNo, ocoSibling, status, Decimals.value(averagePrice), stopTriggered,
                Decimals.value(watermark), acceptedAt);
    }
}
