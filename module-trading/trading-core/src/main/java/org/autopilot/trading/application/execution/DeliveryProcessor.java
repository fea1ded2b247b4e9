package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.brokers.api.BracketRequest;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.Quote;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;
import org.autopilot.trading.application.intake.WebhookPayloadParser;
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
    TradingControl control;

    @Inject
    ReportApplier reports;

    /** Plans the delivery and sends what is ready; a delivery that is no longer queued is left alone. */
    @Transactional
    public void deliver(UUID deliveryId, boolean redelivered) {
        Optional<SignalDelivery> found = executions.lockDelivery(deliveryId);
        if (found.isEmpty() || found.get().status() != DeliveryStatus.QUEUED) {
            return;
        }
        SignalDelivery delivery = found.get();
        Instant now = Instant.now();
        ReceivedSignal signal = signals.byId(delivery.signalId()).orElseThrow(
                () -> new IllegalStateException("delivery " + deliveryId + " of unknown signal " + delivery.signalId()));
        Optional<Subscription> subscription = subscriptions.byId(delivery.subscriptionId());
        if (subscription.isEmpty() || !subscription.get().toView().enabled()) {
            delivery.finish(DeliveryStatus.IGNORED, "the subscription was disabled or removed before planning", now);
            return;
        }
        TradingState platform = control.platform().state();
        if (platform == TradingState.HALTED) {
            delivery.finish(DeliveryStatus.REJECTED, "platform kill switch is HALTED: nothing is sent", now);
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
                List<TradeOrder> planned = record(delivery, tradeSignal.ticker(), orders.orders(), now);
                if (platform == TradingState.REDUCING) {
                    planned.stream().filter(o -> o.leg() == TradeOrder.Leg.ENTRY)
                            .forEach(o -> o.dropUnsent("platform kill switch is REDUCING: exits only", now));
                }
                sendReady(delivery, planned, gateway, redelivered);
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
        // the entry may have been sent before a crash: ask the broker first
        sendReady(delivery, orders, gateways.forAccount(delivery.accountId()), true);
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
        });
    }

    private MarketSnapshot snapshot(UUID accountId, String symbol, BrokerGateway gateway, Instant now) {
        BigDecimal held = executions.position(accountId, symbol).map(Position::quantity).orElse(BigDecimal.ZERO);
        Optional<Quote> quote = gateway.quote(symbol);
        AccountBalance balance = gateway.account();
        return new MarketSnapshot(held, quote.map(Quote::bid).orElse(null), quote.map(Quote::ask).orElse(null), null,
                balance.equity(), balance.unrealizedPnl(), now, gateway.capabilities());
    }

    private void cancelWorking(UUID accountId, String symbol, BrokerGateway gateway) {
        for (TradeOrder working : executions.workingOrders(accountId, symbol)) {
            TradeOrder order = executions.lockOrder(accountId, working.clientOrderId()).orElseThrow();
            executions.add(OrderEvent.of(order, OrderEvent.Kind.REQUEST, "cancel (signal asks to cancel open orders)",
                    Instant.now()));
            reports.applyAnswer(order, gateway.cancel(order.clientOrderId()));
        }
    }

    private List<TradeOrder> record(SignalDelivery delivery, String symbol, List<PlannedOrder> plan, Instant now) {
        List<TradeOrder> orders = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedOrder p = plan.get(i);
            String leg = (p.leg() == PlannedOrder.Leg.EXIT ? "exit-" : "entry-") + i;
            TradeOrder order = TradeOrder.planned(delivery, i,
                    ClientOrderId.of(delivery.signalId(), delivery.subscriptionId(), leg), symbol, p, now);
            executions.add(order);
            orders.add(order);
        }
        return orders;
    }

    private void sendReady(SignalDelivery delivery, List<TradeOrder> orders, BrokerGateway gateway, boolean askFirst) {
        Instant now = Instant.now();
        for (TradeOrder order : orders) {
            if (order.status() != OrderState.PLANNED && order.status() != OrderState.WAITING) {
                continue;
            }
            Optional<TradeOrder> pendingExit = order.afterExitFill() ? orders.stream()
                    .filter(o -> o.leg() == TradeOrder.Leg.EXIT && o.sequenceNo() < order.sequenceNo()
                            && o.status() != OrderState.FILLED).findFirst() : Optional.empty();
            if (pendingExit.isPresent() && pendingExit.get().status().isFinal()) {
                order.dropUnsent("not sent: the exit before it ended " + pendingExit.get().status(), now);
                continue;
            }
            if (pendingExit.isPresent()) {
                order.waitForExit(now);
                delivery.waiting();
                return;
            }
            send(order, gateway, askFirst);
        }
        long sent = orders.stream().filter(o -> o.status() != OrderState.CANCELED || o.brokerOrderId() != null).count();
        delivery.finish(DeliveryStatus.SENT, sent + " of " + orders.size() + " order(s) sent", now);
    }

    /** The request as an operator reads it: "submit BUY 5 AAPL LIMIT 190.5 GTC, bracket TP 200 / SL 185". */
    static String describe(OrderRequest r) {
        StringBuilder text = new StringBuilder("submit ").append(r.side()).append(' ')
                .append(r.quantity().stripTrailingZeros().toPlainString()).append(' ').append(r.symbol()).append(' ')
                .append(r.type());
        if (r.limitPrice() != null) {
            text.append(" limit ").append(r.limitPrice().toPlainString());
        }
        if (r.stopPrice() != null) {
            text.append(" stop ").append(r.stopPrice().toPlainString());
        }
        text.append(' ').append(r.timeInForce());
        BracketRequest b = r.bracket();
        if (b != null) {
            text.append(", bracket");
            if (b.takeProfitLimit() != null) {
                text.append(" TP ").append(b.takeProfitLimit().toPlainString());
            }
            if (b.hasStopLoss()) {
                text.append(" SL ").append(b.stopLossStop() != null ? b.stopLossStop().toPlainString()
                        : b.stopLossTrailAmount() != null ? "trail " + b.stopLossTrailAmount().toPlainString()
                        : "trail " + b.stopLossTrailPercent().toPlainString() + "%");
            }
        }
        return text.toString();
    }

    private void send(TradeOrder order, BrokerGateway gateway, boolean askFirst) {
        Optional<OrderReport> known = askFirst ? gateway.orderStatus(order.clientOrderId()) : Optional.empty();
        OrderReport answer;
        if (known.isPresent()) {
            executions.add(OrderEvent.of(order, OrderEvent.Kind.NOTE,
                    "already at the broker after a redelivery; not sent again", Instant.now()));
            answer = known.get();
        } else {
            OrderRequest request = order.toRequest();
            executions.add(OrderEvent.of(order, OrderEvent.Kind.REQUEST, describe(request), Instant.now()));
            answer = gateway.submit(request);
        }
        reports.applyAnswer(order, answer);
    }
}
