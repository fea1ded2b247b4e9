package org.autopilot.brokers.domain.paper;

import java.time.Instant;
import java.util.UUID;

/** An account's working DAY orders in one symbol, by the time the oldest of them was accepted. */
public record DayOrders(UUID accountId, String symbol, Instant oldestAcceptedAt) {
}
