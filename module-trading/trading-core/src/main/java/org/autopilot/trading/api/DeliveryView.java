package org.autopilot.trading.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one signal did for one subscription: {@code status} QUEUED, WAITING, SENT, REJECTED, DENIED, IGNORED or FAILED,
 * the reason when it did not trade, and its orders.
 */
public record DeliveryView(UUID id, UUID signalId, UUID subscriptionId, UUID accountId, String status, String reason,
                           Instant queuedAt, Instant processedAt, List<OrderView> orders) {
}
