package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.brokers.api.Quote;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.autopilot.trading.api.SwitchVerdict;
import org.autopilot.trading.api.TradingState;
import org.autopilot.trading.application.control.KillSwitchBoard;
import org.autopilot.trading.application.intake.WebhookPayloadParser;
import org.autopilot.trading.application.notify.NotificationCenter;
import org.autopilot.trading.domain.defaults.StrategyDefaultsRepository;
import org.autopilot.trading.domain.execution.ClientOrderId;
import org.autopilot.trading.domain.execution.DeliveryStatus;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.OrderEvent;
import org.autopilot.trading.domain.execution.OrderState;
import org.autopilot.trading.domain.execution.Position;
import org.autopilot.trading.domain.execution.SignalDelivery;
import org.autopilot.trading.domain.execution.TradeOrder;
import org.autopilot.trading.domain.planning.MarketSnapshot;
import org.autopilot.trading.domain.planning.OrderPlan;
import org.autopilot.trading.domain.planning.OrderPlanner;
import org.autopilot.trading.domain.planning.PlannedOrder;
import org.autopilot.trading.domain.planning.TradeSignal;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.subscription.Subscription;
import org.autopilot.trading.domain.subscription.SubscriptionRepository;

/**
 * The account worker's step for one message: plan a delivery and send its orders, or release the entry that waited
 * for its exit. Runs in one transaction per message; the venue keeps what it accepted even if this transaction
 * rolls back, so a redelivered message first asks the broker about each order before sending it.
 */
@ApplicationScoped
public class DeliveryProcessor {

    private final OrderPlanner planner = new OrderPlanner();
    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    @Inject
    ExecutionRepository executions;

    @Inject
    SignalRepository signals;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    StrategyDefaultsRepository strategyDefaults;

    @Inject
    InstrumentCatalog instruments;

    @Inject
    BrokerGateways gateways;

    @Inject
    KillSwitchBoard board;

    @Inject
    OrderSender sender;

    @Inject
    ApprovalService approvals;

    @Inject
    NotificationCenter notifications;

    @Inject
    ReportApplier reports;

    /** Plans the delivery and sends what is ready; a delivery that is no longer queued is left alone. */
    @Transactional
    public void deliver(UUID deliveryId, boolean redelivered) {
        executions.lockDelivery(deliveryId).ifPresent(delivery -> plan(delivery, signals::byId, redelivered));
    }

    /**
     * First deliveries of one account, in queue order, in one transaction: each is planned and sent as by
     * {@link #deliver}. The deliveries are locked, and their signals read, in one statement each. One that fails rolls
     * back them all (orders already at the broker stay there and are found by the redelivery, which asks first).
     */
    @Transactional
    public void deliverAll(List<UUID> deliveryIds) {
        List<SignalDelivery> batch = executions.lockDeliveries(deliveryIds);
        Map<UUID, ReceivedSignal> read = signals.byIds(batch.stream().map(SignalDelivery::signalId).distinct().toList())
                .stream().collect(Collectors.toMap(ReceivedSignal::id, s -> s));
        for (SignalDelivery delivery : batch) {
            plan(delivery, id -> Optional.ofNullable(read.get(id)), false);
        }
    }

    private void plan(SignalDelivery delivery, Function<UUID, Optional<ReceivedSignal>> signalsById,
                      boolean redelivered) {
        if (delivery.status() != DeliveryStatus.QUEUED) {
            return;
        }
        Instant now = Instant.now();
        ReceivedSignal signal = signalsById.apply(delivery.signalId()).orElseThrow(() -> new IllegalStateException(
                "delivery " + delivery.id() + " of unknown signal " + delivery.signalId()));
        Optional<Subscription> subscription = subscriptions.byId(delivery.subscriptionId());
        if (subscription.isEmpty() || !subscription.get().toView().enabled()) {
            delivery.finish(DeliveryStatus.IGNORED, "the subscription was disabled or removed before planning", now);
            return;
        }
        SwitchVerdict verdict = board.verdict(delivery.accountId(), signal.strategyId(), delivery.subscriptionId());
        if (verdict.state() == TradingState.HALTED) {
            delivery.finish(DeliveryStatus.DENIED, verdict.describe(), now);
            return;
        }
        if (approvals.holds(delivery, now)) {
            return;
        }
        TradeSignal tradeSignal = parser.parse(signal.payload().getBytes(StandardCharsets.UTF_8)).signal();
        Optional<InstrumentSpec> instrument = instruments.bySymbol(tradeSignal.ticker()).map(InstrumentView::spec);
        if (instrument.isEmpty()) {
            delivery.finish(DeliveryStatus.REJECTED, "instrument " + tradeSignal.ticker() + " is no longer registered", now);
            return;
        }
        BrokerGateway gateway = gateways.forAccount(delivery.accountId());
        OrderPlan plan = planner.plan(tradeSignal, subscription.get().policy(),
                strategyDefaults.forStrategy(signal.strategyId()), instrument.get(),
                snapshot(delivery.accountId(), tradeSignal.ticker(), gateway, now));
        switch (plan) {
            case OrderPlan.Rejected r -> delivery.finish(DeliveryStatus.REJECTED, r.reason(), now);
            case OrderPlan.Ignored i -> delivery.finish(DeliveryStatus.IGNORED, i.reason(), now);
            case OrderPlan.Orders orders -> {
                if (orders.cancelOpenOrders()) {
                    cancelWorking(delivery.accountId(), tradeSignal.ticker(), gateway);
                }
                List<TradeOrder> planned = number(delivery, tradeSignal.ticker(), orders.orders(), now);
                sendReady(delivery, origin(signal, delivery, instrument.get()), planned, gateway, redelivered);
            }
        }
    }

    /** The exit before a waiting entry finished: send the entry if the exit filled, else drop it. */
    @Transactional
    public void release(UUID deliveryId) {
        Optional<SignalDelivery> found = executions.lockDelivery(deliveryId);
        if (found.isEmpty() || found.get().status() != DeliveryStatus.WAITING) {
            return;
        }
        SignalDelivery delivery = found.get();
        List<TradeOrder> orders = executions.ordersOfDelivery(deliveryId).stream()
                .map(o -> executions.lockOrder(o.accountId(), o.clientOrderId()).orElseThrow()).toList();
        ReceivedSignal signal = signals.byId(delivery.signalId()).orElseThrow();
        InstrumentSpec instrument = instruments.bySymbol(signal.ticker()).map(InstrumentView::spec).orElse(null);
        // the entry may have been sent before a crash: ask the broker first
        sendReady(delivery, origin(signal, delivery, instrument), orders, gateways.forAccount(delivery.accountId()), true);
    }

    /** Processing kept failing: nothing more is sent for this delivery, and the log says why. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID deliveryId, String reason) {
        executions.lockDelivery(deliveryId).filter(d -> d.status().isOpen()).ifPresent(d -> {
            Instant now = Instant.now();
            executions.ordersOfDelivery(deliveryId).stream()
                    .filter(o -> o.status() == OrderState.PLANNED || o.status() == OrderState.WAITING)
                    .forEach(o -> o.dropUnsent("not sent: " + reason, now));
            d.finish(DeliveryStatus.FAILED, reason, now);
            notifications.deliveryFailed(d.accountId(), d.signalId(), reason);
        });
    }

    private MarketSnapshot snapshot(UUID accountId, String symbol, BrokerGateway gateway, Instant now) {
        BigDecimal held = executions.position(accountId, symbol).map(Position::quantity).orElse(BigDecimal.ZERO);
        Optional<Quote> quote = gateway.quote(symbol);
        Supplier<MarketSnapshot.Equity> equity = () -> {
            AccountBalance balance = gateway.account();
            return new MarketSnapshot.Equity(balance.equity(), balance.unrealizedPnl());
        };
        return new MarketSnapshot(held, quote.map(Quote::bid).orElse(null), quote.map(Quote::ask).orElse(null), null,
                equity, now, gateway.capabilities());
    }

    private void cancelWorking(UUID accountId, String symbol, BrokerGateway gateway) {
        for (TradeOrder working : executions.workingOrders(accountId, symbol)) {
            TradeOrder order = executions.lockOrder(accountId, working.clientOrderId()).orElseThrow();
            executions.add(OrderEvent.of(order, OrderEvent.Kind.REQUEST, "cancel (signal asks to cancel open orders)",
                    Instant.now()));
            reports.applyAnswer(order, gateway.cancel(order.clientOrderId()));
        }
    }

    /** The planned orders with their client order ids; {@link #sendReady} stores them. */
    private static List<TradeOrder> number(SignalDelivery delivery, String symbol, List<PlannedOrder> plan, Instant now) {
        List<TradeOrder> orders = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedOrder p = plan.get(i);
            String leg = (p.leg() == PlannedOrder.Leg.EXIT ? "exit-" : "entry-") + i;
            orders.add(TradeOrder.planned(delivery, i,
                    ClientOrderId.of(delivery.signalId(), delivery.subscriptionId(), leg), symbol, p, now));
        }
        return orders;
    }

    private static OrderSender.Origin origin(ReceivedSignal signal, SignalDelivery delivery, InstrumentSpec instrument) {
        return new OrderSender.Origin(signal.strategyId(), delivery.subscriptionId(),
                instrument == null ? null : instrument.assetClass());
    }

    /**
     * Sends the orders that are ready, in order. Each order is stored once its step is decided (sent, denied, waiting
     * or dropped), so it is inserted once with its outcome instead of inserted and then updated, and before the next
     * order's risk check, whose counting queries must see it. Orders stored earlier (a release) stay as they are.
     */
    private void sendReady(SignalDelivery delivery, OrderSender.Origin origin, List<TradeOrder> orders,
                           BrokerGateway gateway, boolean askFirst) {
        sendEach(delivery, origin, orders, gateway, askFirst);
        orders.forEach(executions::add); // the waiting entry and any order after it
    }

    private void sendEach(SignalDelivery delivery, OrderSender.Origin origin, List<TradeOrder> orders,
                          BrokerGateway gateway, boolean askFirst) {
        Instant now = Instant.now();
        String denied = null;
        for (TradeOrder order : orders) {
            if (order.status() != OrderState.PLANNED && order.status() != OrderState.WAITING) {
                continue;
            }
            Optional<TradeOrder> pendingExit = order.afterExitFill() ? orders.stream()
                    .filter(o -> o.leg() == TradeOrder.Leg.EXIT && o.sequenceNo() < order.sequenceNo()
                            && o.status() != OrderState.FILLED).findFirst() : Optional.empty();
            if (pendingExit.isPresent() && pendingExit.get().status().isFinal()) {
                order.dropUnsent("not sent: the exit before it ended " + pendingExit.get().status(), now);
                executions.add(order);
                continue;
            }
            if (pendingExit.isPresent()) {
                order.waitForExit(now);
                delivery.waiting();
                return;
            }
            Optional<String> denial = sender.send(order, origin, gateway, askFirst);
            executions.add(order);
            if (denied == null && denial.isPresent()) {
                denied = denial.get();
            }
        }
        long sent = orders.stream().filter(o -> o.sentAt() != null || o.brokerOrderId() != null).count();
        String outcome = sent + " of " + orders.size() + " order(s) sent";
        if (denied != null) {
            delivery.finish(DeliveryStatus.DENIED, denied + " (" + outcome + ")", now);
        } else {
            delivery.finish(DeliveryStatus.SENT, outcome, now);
        }
    }
}
