package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.brokers.api.Quote;
import org.autopilot.trading.api.DeliveryView;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.OrderView;
import org.autopilot.trading.api.PositionView;
import org.autopilot.trading.api.SignalDetail;
import org.autopilot.trading.api.SignalQuery;
import org.autopilot.trading.api.SignalSummary;
import org.autopilot.trading.domain.execution.DeliveryCount;
import org.autopilot.trading.domain.execution.DeliveryStatus;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.OrderEvent;
import org.autopilot.trading.domain.execution.OrderFill;
import org.autopilot.trading.domain.execution.Position;
import org.autopilot.trading.domain.execution.SignalDelivery;
import org.autopilot.trading.domain.execution.TradeOrder;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;

/** Reads signals, deliveries, orders and positions for the signal log and the account pages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExecutionLogService implements ExecutionLog {

    private static final int MAX_ROWS = 500;

    @Inject
    SignalRepository signals;

    @Inject
    ExecutionRepository executions;

    @Inject
    BrokerGateways gateways;

    @Override
    public List<SignalSummary> signals(SignalQuery query) {
        List<ReceivedSignal> found = signals.find(new SignalQuery(query.strategyId(), query.ticker(), query.source(),
                query.from(), query.to(), query.issuesOnly(), Math.clamp(query.limit(), 1, MAX_ROWS)));
        Map<UUID, Map<DeliveryStatus, Long>> counts = new HashMap<>();
        for (DeliveryCount c : executions.deliveryCounts(found.stream().map(ReceivedSignal::id).toList())) {
            counts.computeIfAbsent(c.signalId(), id -> new EnumMap<>(DeliveryStatus.class)).put(c.status(), c.count());
        }
        return found.stream().map(s -> summary(s, counts.getOrDefault(s.id(), Map.of()))).toList();
    }

    @Override
    public Optional<SignalDetail> signal(UUID signalId) {
        return signals.byId(signalId).map(signal -> {
            List<SignalDelivery> deliveries = executions.deliveriesOfSignal(signalId);
            Map<DeliveryStatus, Long> counts = deliveries.stream()
                    .collect(Collectors.groupingBy(SignalDelivery::status, () -> new EnumMap<>(DeliveryStatus.class),
                            Collectors.counting()));
            return new SignalDetail(summary(signal, counts), signal.payload(),
                    deliveries.stream().map(this::delivery).toList());
        });
    }

    @Override
    public List<OrderView> orders(UUID accountId, int limit) {
        return views(executions.ordersOfAccount(accountId, Math.clamp(limit, 1, MAX_ROWS)));
    }

    @Override
    public List<OrderView> workingOrders(UUID accountId) {
        return views(executions.workingOrders(accountId));
    }

    @Override
    public Optional<OrderView> order(UUID orderId) {
        return executions.order(orderId).map(o -> views(List.of(o)).getFirst());
    }

    @Override
    public List<PositionView> positions(UUID accountId) {
        Optional<BrokerGateway> gateway = gateway(accountId);
        return executions.positionsOfAccount(accountId).stream().map(p -> {
            BigDecimal mark = gateway.flatMap(g -> g.quote(p.symbol())).map(Quote::mid).orElse(p.lastPrice());
            return new PositionView(p.accountId(), p.symbol(), p.quantity().stripTrailingZeros(),
                    p.averagePrice().stripTrailingZeros(), p.realizedPnl().stripTrailingZeros(), mark,
                    p.unrealizedPnl(mark).stripTrailingZeros(), p.updatedAt());
        }).filter(p -> p.quantity().signum() != 0 || p.realizedPnl().signum() != 0).toList();
    }

    private Optional<BrokerGateway> gateway(UUID accountId) {
        try {
            return Optional.of(gateways.forAccount(accountId));
        } catch (IllegalArgumentException noAdapter) {
            return Optional.empty();
        }
    }

    private DeliveryView delivery(SignalDelivery d) {
        return new DeliveryView(d.id(), d.signalId(), d.subscriptionId(), d.accountId(), d.status().name(), d.reason(),
                d.queuedAt(), d.processedAt(), views(executions.ordersOfDelivery(d.id())));
    }

    private List<OrderView> views(List<TradeOrder> orders) {
        List<UUID> ids = orders.stream().map(TradeOrder::id).toList();
        Map<UUID, List<OrderEvent>> events = executions.eventsOfOrders(ids).stream()
                .collect(Collectors.groupingBy(OrderEvent::orderId));
        Map<UUID, List<OrderFill>> fills = executions.fillsOfOrders(ids).stream()
                .collect(Collectors.groupingBy(OrderFill::orderId));
        return orders.stream().map(o -> new OrderView(o.id(), o.clientOrderId(), o.deliveryId(), o.accountId(),
                o.leg().name(), o.symbol(), o.side(), o.quantity().stripTrailingZeros(), o.type(), o.timeInForce(),
                strip(o.limitPrice()), strip(o.stopPrice()), o.status().name(), o.brokerOrderId(),
                o.filledQuantity().stripTrailingZeros(), strip(o.averagePrice()), o.reason(), o.createdAt(),
                o.updatedAt(),
                events.getOrDefault(o.id(), List.of()).stream()
                        .map(e -> new OrderView.Event(e.occurredAt(), e.kind().name(), e.detail())).toList(),
                fills.getOrDefault(o.id(), List.of()).stream()
                        .map(f -> new OrderView.Fill(f.filledAt(), strip(f.quantity()), strip(f.price()))).toList()))
                .toList();
    }

    private static SignalSummary summary(ReceivedSignal s, Map<DeliveryStatus, Long> counts) {
        Function<DeliveryStatus, Integer> n = status -> counts.getOrDefault(status, 0L).intValue();
        int total = counts.values().stream().mapToInt(Long::intValue).sum();
        return new SignalSummary(s.id(), s.strategyId(), s.source().name(), s.receivedAt(), s.ticker(), s.action(),
                total, n.apply(DeliveryStatus.SENT), DeliveryStatus.IN_PROGRESS.stream().mapToInt(n::apply).sum(),
                DeliveryStatus.NOT_TRADED.stream().mapToInt(n::apply).sum(), s.submittedBy());
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
