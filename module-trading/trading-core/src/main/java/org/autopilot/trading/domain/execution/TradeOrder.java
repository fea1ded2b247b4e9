package org.autopilot.trading.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.BracketRequest;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.domain.planning.Bracket;
import org.autopilot.trading.domain.planning.PlannedOrder;

/**
 * An order of one delivery as Autopilot planned, sent and tracked it. Reports are applied by cumulative filled
 * quantity, so the same report applied twice (returned by the call and pushed by the venue) changes nothing, and a
 * finished order never goes back to working.
 */
@Entity
@Table(name = "trade_order")
public class TradeOrder {

    /** What the order does to the position; bracket legs are created by the venue when their entry fills. */
    public enum Leg {
        EXIT, ENTRY, TAKE_PROFIT, STOP_LOSS,
        /** An operator's close of a position (close, flatten): placed by a person, not planned from a signal. */
        CLOSE;

        /** Whether the leg lowers exposure rather than building it. */
        public boolean reducing() {
            return this != ENTRY;
        }
    }

    private static final int MAX_REASON = 500;

    @Id
    private UUID id;

    @Column(name = "client_order_id", nullable = false, updatable = false)
    private String clientOrderId;

    /** {@code null} for an operator's order ({@link Leg#CLOSE}). */
    @Column(name = "delivery_id", updatable = false)
    private UUID deliveryId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequenceNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Leg leg;

    @Column(nullable = false, updatable = false)
    private String symbol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderSide side;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false, updatable = false)
    private OrderType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_in_force", nullable = false, updatable = false)
    private TimeInForce timeInForce;

    @Column(name = "limit_price")
    private BigDecimal limitPrice;

    @Column(name = "stop_price")
    private BigDecimal stopPrice;

    @Column(name = "take_profit", updatable = false)
    private BigDecimal takeProfit;

    @Column(name = "stop_loss", updatable = false)
    private BigDecimal stopLoss;

    @Column(name = "stop_loss_limit", updatable = false)
    private BigDecimal stopLossLimit;

    @Column(name = "sl_trail_amount", updatable = false)
    private BigDecimal stopLossTrailAmount;

    @Column(name = "sl_trail_percent", updatable = false)
    private BigDecimal stopLossTrailPercent;

    @Column(name = "after_exit_fill", nullable = false, updatable = false)
    private boolean afterExitFill;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderState status;

    @Column(name = "broker_order_id")
    private String brokerOrderId;

    @Column(name = "filled_quantity", nullable = false)
    private BigDecimal filledQuantity;

    @Column(name = "average_price")
    private BigDecimal averagePrice;

    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "placed_by", updatable = false)
    private String placedBy;

    @Version
    private long version;

    protected TradeOrder() {
    }

    /** An order of a plan, not sent yet. */
    public static TradeOrder planned(SignalDelivery delivery, int sequenceNo, ClientOrderId clientOrderId,
                                     String symbol, PlannedOrder planned, Instant now) {
        TradeOrder o = base(delivery.id(), delivery.accountId(), sequenceNo, clientOrderId.value(), symbol,
                planned.leg() == PlannedOrder.Leg.EXIT ? Leg.EXIT : Leg.ENTRY, planned.side(), planned.quantity(),
                planned.type(), planned.timeInForce(), now);
        o.limitPrice = planned.limitPrice();
        o.stopPrice = planned.stopPrice();
        o.afterExitFill = planned.afterExitFill();
        Bracket b = planned.bracket();
        if (b != null) {
            o.takeProfit = b.takeProfitPrice();
            o.stopLoss = b.stopLossPrice();
            o.stopLossLimit = b.stopLossLimitPrice();
            o.stopLossTrailAmount = b.trailAmount();
            o.stopLossTrailPercent = b.trailPercent();
        }
        return o;
    }

    /** A market order an operator placed to close (part of) a position; it belongs to no delivery. */
    public static TradeOrder close(UUID accountId, int sequenceNo, ClientOrderId clientOrderId, String symbol,
                                   OrderSide side, BigDecimal quantity, String placedBy, Instant now) {
        TradeOrder o = base(null, accountId, sequenceNo, clientOrderId.value(), symbol, Leg.CLOSE, side, quantity,
                OrderType.MARKET, TimeInForce.DAY, now);
        o.placedBy = placedBy;
        return o;
    }

    /** A take-profit or stop-loss leg the venue created when {@code entry} filled, first seen in {@code report}. */
    public static TradeOrder bracketLeg(TradeOrder entry, Leg leg, OrderReport report, Instant now) {
        OrderType type = leg == Leg.TAKE_PROFIT ? OrderType.LIMIT
                : entry.stopLossTrailAmount != null || entry.stopLossTrailPercent != null ? OrderType.TRAILING_STOP
                : entry.stopLossLimit != null ? OrderType.STOP_LIMIT : OrderType.STOP;
        TradeOrder o = base(entry.deliveryId, entry.accountId, entry.sequenceNo, report.clientOrderId(), entry.symbol,
                leg, entry.side.opposite(), entry.quantity, type, TimeInForce.GTC, now);
        o.limitPrice = leg == Leg.TAKE_PROFIT ? entry.takeProfit : entry.stopLossLimit;
        o.stopPrice = leg == Leg.STOP_LOSS && type != OrderType.TRAILING_STOP ? entry.stopLoss : null;
        o.status = OrderState.NEW;
        return o;
    }

    private static TradeOrder base(UUID deliveryId, UUID accountId, int sequenceNo, String clientOrderId, String symbol,
                                   Leg leg, OrderSide side, BigDecimal quantity, OrderType type, TimeInForce tif,
                                   Instant now) {
        TradeOrder o = new TradeOrder();
        o.id = UUID.randomUUID();
        o.clientOrderId = clientOrderId;
        o.deliveryId = deliveryId;
        o.accountId = accountId;
        o.sequenceNo = sequenceNo;
        o.leg = leg;
        o.symbol = symbol;
        o.side = side;
        o.quantity = quantity;
        o.type = type;
        o.timeInForce = tif;
        o.status = OrderState.PLANNED;
        o.filledQuantity = BigDecimal.ZERO;
        o.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        o.updatedAt = o.createdAt;
        return o;
    }

    /** The request that sends this order. */
    public OrderRequest toRequest() {
        BracketRequest bracket = takeProfit == null && stopLoss == null && stopLossTrailAmount == null
                && stopLossTrailPercent == null ? null
                : new BracketRequest(takeProfit, stopLoss, stopLossLimit, stopLossTrailAmount, stopLossTrailPercent);
        return new OrderRequest(clientOrderId, symbol, side, quantity, type, timeInForce, limitPrice,
                stopPrice, null, null, bracket);
    }

    /**
     * Takes the broker's report: its status (a finished order stays finished), its order id and the fill it adds,
     * if any. Fills are computed from the cumulative quantity and average price, so reports may repeat.
     */
    public Optional<FillDelta> apply(OrderReport report, Instant now) {
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        if (report.brokerOrderId() != null) {
            brokerOrderId = report.brokerOrderId();
        }
        Optional<FillDelta> fill = fillOf(report);
        if (fill.isPresent()) {
            filledQuantity = report.filledQuantity();
            averagePrice = report.averagePrice();
        }
        OrderState reported = OrderState.of(report.status());
        if (!status.isFinal() || reported == OrderState.FILLED && fill.isPresent()) {
            status = reported;
            if (report.reason() != null) {
                setReason(report.reason());
            }
        }
        return fill;
    }

    private Optional<FillDelta> fillOf(OrderReport report) {
        BigDecimal cumulative = report.filledQuantity();
        if (cumulative == null || cumulative.compareTo(filledQuantity) <= 0 || report.averagePrice() == null) {
            return Optional.empty();
        }
        BigDecimal added = cumulative.subtract(filledQuantity);
        BigDecimal price = report.lastPrice() != null && report.lastQuantity() != null
                && report.lastQuantity().compareTo(added) == 0 ? report.lastPrice()
                : report.averagePrice().multiply(cumulative)
                        .subtract(averagePrice == null ? BigDecimal.ZERO : averagePrice.multiply(filledQuantity))
                        .divide(added, MathContext.DECIMAL64);
        return Optional.of(new FillDelta(added, price, cumulative));
    }

    /** An entry of a side swap: it is sent only once the exit before it has filled. */
    public void waitForExit(Instant now) {
        status = OrderState.WAITING;
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The broker accepted a replacement: new quantity and prices ({@code null}: unchanged). */
    public void amend(BigDecimal newQuantity, BigDecimal newLimit, BigDecimal newStop, Instant now) {
        if (!status.isWorking()) {
            throw new IllegalStateException("order " + clientOrderId + " is " + status + ", not working");
        }
        quantity = newQuantity != null ? newQuantity : quantity;
        limitPrice = newLimit != null ? newLimit : limitPrice;
        stopPrice = newStop != null ? newStop : stopPrice;
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The order leaves for the broker now. */
    public void markSent(Instant now) {
        sentAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Never sent: {@code why} says what stopped it. */
    public void dropUnsent(String why, Instant now) {
        if (status != OrderState.PLANNED && status != OrderState.WAITING) {
            throw new IllegalStateException("order " + clientOrderId + " was already sent");
        }
        status = OrderState.CANCELED;
        setReason(why);
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private void setReason(String why) {
        reason = why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why;
    }

    public UUID id() {
        return id;
    }

    public String clientOrderId() {
        return clientOrderId;
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public UUID accountId() {
        return accountId;
    }

    public int sequenceNo() {
        return sequenceNo;
    }

    public Leg leg() {
        return leg;
    }

    public String symbol() {
        return symbol;
    }

    public OrderSide side() {
        return side;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public OrderType type() {
        return type;
    }

    public TimeInForce timeInForce() {
        return timeInForce;
    }

    public BigDecimal limitPrice() {
        return limitPrice;
    }

    public BigDecimal stopPrice() {
        return stopPrice;
    }

    public boolean afterExitFill() {
        return afterExitFill;
    }

    public OrderState status() {
        return status;
    }

    public String brokerOrderId() {
        return brokerOrderId;
    }

    public BigDecimal filledQuantity() {
        return filledQuantity;
    }

    public BigDecimal averagePrice() {
        return averagePrice;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
