package org.autopilot.trading.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A signal waiting for (or decided by) an operator for one subscription: what it would trade, on which account,
 * until when it waits, and how it ended ({@code PENDING}, {@code APPROVED}, {@code REJECTED}, {@code EXPIRED}).
 */
public record ApprovalView(UUID deliveryId, UUID signalId, UUID strategyId, UUID subscriptionId, UUID accountId,
                           String ticker, String action, String payload, String status, Instant requestedAt,
                           Instant expiresAt, String decidedBy, Instant decidedAt, String reason) {
}
