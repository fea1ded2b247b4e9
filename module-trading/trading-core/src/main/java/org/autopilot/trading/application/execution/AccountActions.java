package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.domain.execution.ClientOrderId;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.OrderEvent;
import org.autopilot.trading.domain.execution.TradeOrder;

/**
 * An operator's actions on one account's orders and positions, each in a transaction of its own so that a flatten
 * across many accounts keeps what it did on the accounts before a failing one. Every action is an order event and an
 * audit entry naming the operator and the reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AccountActions {

    @Inject
    ExecutionRepository executions;

    @Inject
    BrokerGateways gateways;

    @Inject
    ReportApplier reports;

    @Inject
    AuditTrail audit;

    /** What flattening one account did. */
    public record Flattened(int cancelled, int closed) {
    }

    /**
     * Cancels the given working orders (all of the account's when {@code orders} is {@code null}) and closes the
     * positions in {@code symbols} (all when {@code null}) at market.
     */
    public Flattened flatten(UUID accountId, List<UUID> orders, Set<String> symbols, String why, String actor) {
        BrokerGateway gateway = gateways.forAccount(accountId);
        List<TradeOrder> working = orders == null ? executions.workingOrders(accountId)
                : orders.stream().map(id -> executions.lockOrder(id).orElseThrow()).filter(o -> o.status().isWorking()).toList();
        int cancelled = 0;
        for (TradeOrder order : working) {
            TradeOrder locked = executions.lockOrder(order.id()).orElseThrow();
            if (locked.status().isWorking()) {
                cancel(locked, gateway, "flatten", why, actor);
                cancelled++;
            }
        }
        UUID action = UUID.randomUUID();
        int closed = 0;
        for (BrokerPosition position : gateway.positions()) {
            if (position.quantity().signum() != 0 && (symbols == null || symbols.contains(position.symbol()))) {
                close(accountId, position.symbol(), position.quantity(), position.quantity().abs(), action, closed,
                        gateway, "flatten", why, actor);
                closed++;
            }
        }
        return new Flattened(cancelled, closed);
    }

    public UUID cancel(UUID orderId, String why, String actor) {
        TradeOrder order = working(orderId);
        cancel(order, gateways.forAccount(order.accountId()), "cancel", why, actor);
        return order.id();
    }

    public UUID modify(UUID orderId, BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice, String why,
                       String actor) {
        TradeOrder order = working(orderId);
        if (quantity == null && limitPrice == null && stopPrice == null) {
            throw new InvalidSetting("quantity", "nothing to modify: give a new quantity, limit price or stop price");
        }
        positive("quantity", quantity);
        positive("limitPrice", limitPrice);
        positive("stopPrice", stopPrice);
        if (quantity != null && quantity.compareTo(order.filledQuantity()) <= 0) {
            throw new InvalidSetting("quantity", "the new quantity must be above the filled "
                    + order.filledQuantity().stripTrailingZeros().toPlainString());
        }
        if (limitPrice != null && order.limitPrice() == null) {
            throw new InvalidSetting("limitPrice", "a " + order.type() + " order has no limit price");
        }
        if (stopPrice != null && order.stopPrice() == null) {
            throw new InvalidSetting("stopPrice", "a " + order.type() + " order has no stop price");
        }
        String before = terms(order);
        executions.add(OrderEvent.of(order, OrderEvent.Kind.OPERATOR, "modify by " + actor + ": " + why, Instant.now()));
        OrderReport answer = gateways.forAccount(order.accountId())
                .replace(order.clientOrderId(), quantity, limitPrice, stopPrice);
        if (answer.reason() != null && answer.reason().startsWith(BrokerGateway.REPLACE_REFUSED)) {
            throw new InvalidSetting("quantity", "the broker refused the change: " + answer.reason());
        }
        order.amend(quantity, limitPrice, stopPrice, Instant.now());
        reports.applyAnswer(order, answer);
        audit.record(AuditEvent.now(actor, "order.modified", "order", order.clientOrderId(), why, before, terms(order)));
        return order.id();
    }

    public UUID close(UUID accountId, String symbol, BigDecimal quantity, String why, String actor) {
        BrokerGateway gateway = gateways.forAccount(accountId);
        BigDecimal held = gateway.positions().stream().filter(p -> p.symbol().equals(symbol))
                .map(BrokerPosition::quantity).findFirst().orElse(BigDecimal.ZERO);
        if (held.signum() == 0) {
            throw new InvalidSetting("symbol", "the account holds no " + symbol);
        }
        BigDecimal amount = quantity == null ? held.abs() : quantity;
        if (amount.signum() <= 0 || amount.compareTo(held.abs()) > 0) {
            throw new InvalidSetting("quantity", "close between 0 (exclusive) and the position's "
                    + held.abs().stripTrailingZeros().toPlainString());
        }
        return close(accountId, symbol, held, amount, UUID.randomUUID(), 0, gateway, "close", why, actor);
    }

    private UUID close(UUID accountId, String symbol, BigDecimal held, BigDecimal amount, UUID action, int n,
                       BrokerGateway gateway, String verb, String why, String actor) {
        OrderSide side = held.signum() > 0 ? OrderSide.SELL : OrderSide.BUY;
        Instant now = Instant.now();
        TradeOrder order = TradeOrder.close(accountId, n, ClientOrderId.of(action, accountId, "close-" + n), symbol,
                side, amount, actor, now);
        executions.add(order);
        executions.add(OrderEvent.of(order, OrderEvent.Kind.OPERATOR, verb + " by " + actor + ": " + why, now));
        order.markSent(now);
        executions.add(OrderEvent.of(order, OrderEvent.Kind.REQUEST, OrderSender.describe(order.toRequest()), now));
        reports.applyAnswer(order, gateway.submit(order.toRequest()));
        audit.record(AuditEvent.now(actor, "position.closed", "position", accountId + ":" + symbol, why,
                held.stripTrailingZeros().toPlainString(), side + " " + amount.stripTrailingZeros().toPlainString()
                        + " at market (" + order.clientOrderId() + ")"));
        return order.id();
    }

    private void cancel(TradeOrder order, BrokerGateway gateway, String verb, String why, String actor) {
        executions.add(OrderEvent.of(order, OrderEvent.Kind.OPERATOR, verb + " by " + actor + ": " + why, Instant.now()));
        executions.add(OrderEvent.of(order, OrderEvent.Kind.REQUEST, "cancel", Instant.now()));
        String before = order.status().name();
        reports.applyAnswer(order, gateway.cancel(order.clientOrderId()));
        audit.record(AuditEvent.now(actor, "order.cancelled", "order", order.clientOrderId(), why, before,
                order.status().name()));
    }

    private TradeOrder working(UUID orderId) {
        TradeOrder order = executions.lockOrder(orderId)
                .orElseThrow(() -> new InvalidSetting("orderId", "no order " + orderId));
        if (!order.status().isWorking()) {
            throw new InvalidSetting("orderId", "order " + order.clientOrderId() + " is " + order.status()
                    + ": only a working order can be changed");
        }
        return order;
    }

    private static String terms(TradeOrder o) {
        List<String> parts = new ArrayList<>(List.of(o.side() + " " + o.quantity().stripTrailingZeros().toPlainString()));
        if (o.limitPrice() != null) {
            parts.add("limit " + o.limitPrice().toPlainString());
        }
        if (o.stopPrice() != null) {
            parts.add("stop " + o.stopPrice().toPlainString());
        }
        return String.join(" ", parts);
    }

    private static void positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw new InvalidSetting(field, field + " must be greater than 0");
        }
    }
}
