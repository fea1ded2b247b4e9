package org.autopilot.trading.domain.execution;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Deliveries, orders, their events and fills, and positions in storage. */
public interface ExecutionRepository {

    /**
     * Adds a delivery. Only the signal's first fan-out adds any (its fan-out mark says so); the unique key on
     * signal and subscription refuses a second one for the same pair.
     */
    void addDelivery(SignalDelivery delivery);

    Optional<SignalDelivery> delivery(UUID id);

    /** The delivery, locked for update: one worker at a time plans or releases it. */
    Optional<SignalDelivery> lockDelivery(UUID id);

    /** The deliveries, locked for update in one statement, in the order of {@code ids}; unknown ids are left out. */
    List<SignalDelivery> lockDeliveries(List<UUID> ids);

    List<SignalDelivery> deliveriesOfSignal(UUID signalId);

    List<DeliveryCount> deliveryCounts(List<UUID> signalIds);

    /** How many deliveries of each account are queued, waiting for approval or waiting for an exit. */
    Map<UUID, Map<DeliveryStatus, Long>> openDeliveriesByAccount();

    /** Marks the signal's fan-out as done; false when it was marked before (the fan-out already happened). */
    boolean markFannedOut(SignalFanOutMark mark);

    /** Signals received in the window that have no fan-out mark, oldest first. */
    List<UUID> signalsWithoutFanOut(Instant from, Instant to, int limit);

    /** Open deliveries (queued or waiting) whose message was last sent before {@code before}, oldest first. */
    List<SignalDelivery> openDeliveriesDispatchedBefore(Instant before, int limit);

    void add(TradeOrder order);

    Optional<TradeOrder> lockOrder(UUID accountId, String clientOrderId);

    /** The order, locked for update (an operator's action on it). */
    Optional<TradeOrder> lockOrder(UUID orderId);

    Optional<TradeOrder> order(UUID orderId);

    List<TradeOrder> ordersOfDelivery(UUID deliveryId);

    /** Orders of the account at the broker and not finished, in every symbol. */
    List<TradeOrder> workingOrders(UUID accountId);

    /** Working orders that signals of the subscription placed (bracket legs included). */
    List<TradeOrder> workingOrdersOfSubscription(UUID subscriptionId);

    /** The symbols the subscription's signals ever placed orders in. */
    List<String> symbolsOfSubscription(UUID subscriptionId);

    /** Orders of the account in the symbol that are at the broker and not finished. */
    List<TradeOrder> workingOrders(UUID accountId, String symbol);

    List<TradeOrder> ordersOfAccount(UUID accountId, int limit);

    void add(OrderEvent event);

    List<OrderEvent> eventsOfOrders(List<UUID> orderIds);

    void add(OrderFill fill);

    void add(UnmatchedReport report);

    List<OrderFill> fillsOfOrders(List<UUID> orderIds);

    /** The position, locked for update, created flat when the account never traded the symbol. */
    Position lockPosition(UUID accountId, String symbol);

    Optional<Position> position(UUID accountId, String symbol);

    List<Position> positionsOfAccount(UUID accountId);
}
