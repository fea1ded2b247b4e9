package org.autopilot.trading.application.intake;

/**
 * A webhook call as it arrived: the two path segments, the raw body, the optional idempotency key
 * ({@code Idempotency-Key} or Standard Webhooks' {@code webhook-id}), the Standard Webhooks signature headers
 * (null when absent) and the caller's address.
 */
public record WebhookRequest(String strategyId, String password, byte[] body, String idempotencyKey,
                             String webhookId, String webhookTimestamp, String webhookSignature,
                             String remoteAddress) {
}
