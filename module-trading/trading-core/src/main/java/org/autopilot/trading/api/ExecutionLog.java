package org.autopilot.trading.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads what signals did: per signal, per subscription, per order; and each account's orders and positions. */
public interface ExecutionLog {

    /** Accepted signals, newest first, with their delivery tally; the limit is capped at 500. */
    List<SignalSummary> signals(SignalQuery query);

    Optional<SignalDetail> signal(UUID signalId);

    /** The account's most recent orders, newest first, with events and fills; the limit is capped at 500. */
    List<OrderView> orders(UUID accountId, int limit);

    /** The account's orders at the broker and not finished, oldest first. */
    List<OrderView> workingOrders(UUID accountId);

    /** One order with its events and fills. */
    Optional<OrderView> order(UUID orderId);

    /** The account's positions including flat ones that realized P&L, ordered by symbol. */
    List<PositionView> positions(UUID accountId);
}
