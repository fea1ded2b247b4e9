package org.autopilot.trading.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.trading.domain.execution.DeliveryCount;
import org.autopilot.trading.domain.execution.DeliveryStatus;
import org.autopilot.trading.domain.execution.SignalFanOutMark;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.OrderEvent;
import org.autopilot.trading.domain.execution.OrderFill;
import org.autopilot.trading.domain.execution.OrderState;
import org.autopilot.trading.domain.execution.Position;
import org.autopilot.trading.domain.execution.SignalDelivery;
import org.autopilot.trading.domain.execution.TradeOrder;
import org.autopilot.trading.domain.execution.UnmatchedReport;

/** Deliveries, orders, order events, fills and positions ({@code V5__execution.sql}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaExecutionRepository implements ExecutionRepository {

    private static final List<OrderState> WORKING = List.of(OrderState.NEW, OrderState.PARTIALLY_FILLED);

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void addDelivery(SignalDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public Optional<SignalDelivery> delivery(UUID id) {
        return Optional.ofNullable(em.find(SignalDelivery.class, id));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SignalDelivery> lockDelivery(UUID id) {
        return Optional.ofNullable(em.find(SignalDelivery.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SignalDelivery> lockDeliveries(List<UUID> ids) {
        Map<UUID, SignalDelivery> locked = em.createQuery("select d from SignalDelivery d where d.id in :ids",
                        SignalDelivery.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().collect(Collectors.toMap(SignalDelivery::id, d -> d));
        return ids.stream().map(locked::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<SignalDelivery> deliveriesOfSignal(UUID signalId) {
        return em.createQuery("select d from SignalDelivery d where d.signalId = :s order by d.queuedAt, d.id",
                SignalDelivery.class).setParameter("s", signalId).getResultList();
    }

    @Override
    public List<DeliveryCount> deliveryCounts(List<UUID> signalIds) {
        return signalIds.isEmpty() ? List.of() : em.createQuery("select new " + DeliveryCount.class.getName()
                        + "(d.signalId, d.status, count(d)) from SignalDelivery d where d.signalId in :s"
                        + " group by d.signalId, d.status", DeliveryCount.class)
                .setParameter("s", signalIds).getResultList();
    }

    @Override
    public Map<UUID, Map<DeliveryStatus, Long>> openDeliveriesByAccount() {
        Map<UUID, Map<DeliveryStatus, Long>> counts = new HashMap<>();
        em.createQuery("select d.accountId, d.status, count(d) from SignalDelivery d where d.status in :open"
                        + " group by d.accountId, d.status", Object[].class)
                .setParameter("open", DeliveryStatus.IN_PROGRESS).getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], a -> new EnumMap<>(DeliveryStatus.class))
                        .put((DeliveryStatus) row[1], (Long) row[2]));
        return counts;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markFannedOut(SignalFanOutMark mark) {
        if (em.find(SignalFanOutMark.class, mark.signalId()) != null) {
            return false;
        }
        em.persist(mark);
        em.flush(); // a concurrent fan-out of the same signal fails here on the key and is redelivered
        return true;
    }

    @Override
    public List<UUID> signalsWithoutFanOut(Instant from, Instant to, int limit) {
        return em.createQuery("select s.id from ReceivedSignal s where s.receivedAt >= :from and s.receivedAt < :to"
                        + " and not exists (select m from SignalFanOutMark m where m.signalId = s.id)"
                        + " order by s.receivedAt", UUID.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }

    @Override
    public List<SignalDelivery> openDeliveriesDispatchedBefore(Instant before, int limit) {
        return em.createQuery("select d from SignalDelivery d where d.status in :open and d.dispatchedAt < :t"
                        + " order by d.dispatchedAt", SignalDelivery.class)
                .setParameter("open", List.of(DeliveryStatus.QUEUED, DeliveryStatus.WAITING))
                .setParameter("t", before).setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(TradeOrder order) {
        em.persist(order);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TradeOrder> lockOrder(UUID accountId, String clientOrderId) {
        return em.createQuery("select o from TradeOrder o where o.accountId = :a and o.clientOrderId = :c",
                        TradeOrder.class).setParameter("a", accountId).setParameter("c", clientOrderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<TradeOrder> ordersOfDelivery(UUID deliveryId) {
        return em.createQuery("select o from TradeOrder o where o.deliveryId = :d order by o.sequenceNo, o.createdAt",
                TradeOrder.class).setParameter("d", deliveryId).getResultList();
    }

    @Override
    public Optional<TradeOrder> lockOrder(UUID orderId) {
        return Optional.ofNullable(em.find(TradeOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<TradeOrder> order(UUID orderId) {
        return Optional.ofNullable(em.find(TradeOrder.class, orderId));
    }

    @Override
    public List<TradeOrder> workingOrders(UUID accountId) {
        return em.createQuery("select o from TradeOrder o where o.accountId = :a and o.status in :w order by o.createdAt",
                TradeOrder.class).setParameter("a", accountId).setParameter("w", WORKING).getResultList();
    }

    @Override
    public List<TradeOrder> workingOrdersOfSubscription(UUID subscriptionId) {
        return em.createQuery("select o from TradeOrder o where o.status in :w and o.deliveryId in "
                        + "(select d.id from SignalDelivery d where d.subscriptionId = :s) order by o.createdAt",
                TradeOrder.class).setParameter("s", subscriptionId).setParameter("w", WORKING).getResultList();
    }

    @Override
    public List<String> symbolsOfSubscription(UUID subscriptionId) {
        return em.createQuery("select distinct o.symbol from TradeOrder o where o.deliveryId in "
                + "(select d.id from SignalDelivery d where d.subscriptionId = :s)", String.class)
                .setParameter("s", subscriptionId).getResultList();
    }

    @Override
    public List<TradeOrder> workingOrders(UUID accountId, String symbol) {
        return em.createQuery("select o from TradeOrder o where o.accountId = :a and o.symbol = :s"
                        + " and o.status in :w order by o.createdAt", TradeOrder.class)
                .setParameter("a", accountId).setParameter("s", symbol).setParameter("w", WORKING).getResultList();
    }

    @Override
    public List<TradeOrder> ordersOfAccount(UUID accountId, int limit) {
        return em.createQuery("select o from TradeOrder o where o.accountId = :a order by o.createdAt desc, o.sequenceNo desc",
                TradeOrder.class).setParameter("a", accountId).setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OrderEvent event) {
        em.persist(event);
    }

    @Override
    public List<OrderEvent> eventsOfOrders(List<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : em.createQuery(
                "select e from OrderEvent e where e.orderId in :o order by e.occurredAt, e.id", OrderEvent.class)
                .setParameter("o", orderIds).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OrderFill fill) {
        em.persist(fill);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UnmatchedReport report) {
        em.persist(report);
    }

    @Override
    public List<OrderFill> fillsOfOrders(List<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : em.createQuery(
                "select f from OrderFill f where f.orderId in :o order by f.filledAt, f.id", OrderFill.class)
                .setParameter("o", orderIds).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Position lockPosition(UUID accountId, String symbol) {
        Position.Key key = new Position.Key(accountId, symbol);
        Position position = em.find(Position.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (position == null) {
            position = Position.flat(accountId, symbol, Instant.now());
            em.persist(position);
        }
        return position;
    }

    @Override
    public Optional<Position> position(UUID accountId, String symbol) {
        return Optional.ofNullable(em.find(Position.class, new Position.Key(accountId, symbol)));
    }

    @Override
    public List<Position> positionsOfAccount(UUID accountId) {
        return em.createQuery("select p from Position p where p.key.accountId = :a order by p.key.symbol", Position.class)
                .setParameter("a", accountId).getResultList();
    }
}
