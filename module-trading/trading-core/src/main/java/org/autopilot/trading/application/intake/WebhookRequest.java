package org.autopilot.trading.application.intake;

/**
 * A webhook call as it arrived: the two path segments, the raw body, the optional idempotency key
 * ({@code Idempotency-Key}, else Standard Webhooks' {@code webhook-id}; null when neither is sent), the Standard
 * Webhooks signature headers (null when absent) and the caller's IP address (the connection's peer, or the client
 * named by a trusted proxy).
 */
public record WebhookRequest(String strategyId, String password, byte[] body, String idempotencyKey,
                             String webhookId, String webhookTimestamp, String webhookSignature,
                             String remoteAddress) {
}
