package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.trading.application.notify.NotificationCenter;
import org.autopilot.trading.domain.execution.DeliveryStatus;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.FillDelta;
import org.autopilot.trading.domain.execution.OrderEvent;
import org.autopilot.trading.domain.execution.OrderFill;
import org.autopilot.trading.domain.execution.OrderState;
import org.autopilot.trading.domain.execution.TradeOrder;
import org.autopilot.trading.domain.execution.UnmatchedReport;

/**
 * Applies execution reports to orders, fills and positions. Reports are answers of calls (the worker) or pushed
 * by the venue (the execution-report stream); both may carry the same state, which is applied once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportApplier {

    @Inject
    ExecutionRepository executions;

    @Inject
    AccountQueue queues;

    @Inject
    NotificationCenter notifications;

    @Inject
    AuditTrail audit;

    /** The answer to a call about {@code order}, which the caller holds locked. */
    public void applyAnswer(TradeOrder order, OrderReport report) {
        executions.add(OrderEvent.of(order, OrderEvent.Kind.RESPONSE, describe(report), Instant.now()));
        apply(order, report);
    }

    /** Deliveries of a report of an unknown order before it is kept as unmatched (its worker had time to commit). */
    public static final int UNKNOWN_ORDER_ATTEMPTS = 5;

    /**
     * A report the venue pushed ({@code attempt} = how often the stream delivered it). A bracket leg is recorded when
     * first seen; a finished exit releases the entry that waits for it. A report of an order Autopilot does not know
     * fails (the stream redelivers it a little later: its worker may not have committed yet) until the last attempt,
     * which keeps it as an unmatched report for the operators.
     */
    @Transactional
    public void applyPushed(UUID accountId, OrderReport report, int attempt) {
        Optional<TradeOrder> known = executions.lockOrder(accountId, report.clientOrderId());
        Optional<TradeOrder> order = known.isPresent() ? known : bracketLeg(accountId, report);
        if (order.isEmpty() && attempt >= UNKNOWN_ORDER_ATTEMPTS) {
            executions.add(UnmatchedReport.of(accountId, report, Instant.now()));
            return;
        }
        if (order.isEmpty()) {
            throw new IllegalStateException("report for order " + report.clientOrderId() + " of account " + accountId
                    + " that Autopilot does not know (yet): " + describe(report));
        }
        TradeOrder o = order.get();
        executions.add(OrderEvent.of(o, OrderEvent.Kind.REPORT, describe(report), Instant.now()));
        apply(o, report);
        if (o.leg() == TradeOrder.Leg.EXIT && o.status().isFinal()) {
            executions.lockDelivery(o.deliveryId()).filter(d -> d.status() == DeliveryStatus.WAITING)
                    .ifPresent(d -> queues.release(accountId, d.id()));
        }
    }

    private Optional<TradeOrder> bracketLeg(UUID accountId, OrderReport report) {
        String id = report.clientOrderId();
        int colon = id.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        TradeOrder.Leg leg = switch (id.substring(colon + 1)) {
            case "tp" -> TradeOrder.Leg.TAKE_PROFIT;
            case "sl" -> TradeOrder.Leg.STOP_LOSS;
            default -> null;
        };
        if (leg == null) {
            return Optional.empty();
        }
        return executions.lockOrder(accountId, id.substring(0, colon)).map(entry -> {
            TradeOrder child = TradeOrder.bracketLeg(entry, leg, report, Instant.now());
            executions.add(child);
            return child;
        });
    }

    /** Applies the report; a changed status is audited, a fill and a rejection are notified. */
    private void apply(TradeOrder order, OrderReport report) {
        Instant now = Instant.now();
        OrderState before = order.status();
        Optional<FillDelta> fill = order.apply(report, now);
        fill.ifPresent(f -> {
            executions.add(OrderFill.of(order, f, report.time() != null ? report.time() : now));
            executions.lockPosition(order.accountId(), order.symbol()).apply(order.side(), f.quantity(), f.price(), now);
            notifications.filled(order.accountId(), label(order), f.quantity(), f.price());
        });
        if (order.status() != before) {
            audit.record(AuditEvent.now(OrderSender.SYSTEM, "order.status", "order", order.clientOrderId(),
                    describe(report), before.name(), order.status().name()));
            if (order.status() == OrderState.REJECTED) {
                notifications.rejected(order.accountId(), label(order), report.reason());
            }
        }
    }

    /** "BUY 10 AAPL MARKET". */
    static String label(TradeOrder order) {
        return order.side() + " " + order.quantity().stripTrailingZeros().toPlainString() + " " + order.symbol() + " "
                + order.type();
    }

    static String describe(OrderReport r) {
        StringBuilder text = new StringBuilder().append(r.status());
        if (r.filledQuantity() != null && r.filledQuantity().signum() > 0) {
            text.append(" filled ").append(r.filledQuantity().toPlainString()).append(" @ ")
                    .append(r.averagePrice() == null ? "?" : r.averagePrice().toPlainString());
        }
        if (r.brokerOrderId() != null) {
            text.append(" broker id ").append(r.brokerOrderId());
        }
        if (r.reason() != null) {
            text.append(": ").append(r.reason());
        }
        return text.toString();
    }
}
