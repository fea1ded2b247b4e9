package org.autopilot.trading.api;

import java.time.Instant;
import java.util.UUID;

/** One logged webhook request: when, for which strategy id, from where, what was answered and why. */
public record WebhookRequestView(UUID logId, Instant receivedAt, String strategyId, String remoteAddress,
                                 int httpStatus, String messageCode, String reason, UUID signalId) {
}
