package org.autopilot.trading.application.intake;

/**
 * A webhook call as it arrived: the two path segments, the raw body, the optional idempotency key
 * ({@code Idempotency-Key} or Standard Webhooks' {@code webhook-id}) and the caller's address.
 */
public record WebhookRequest(String strategyId, String password, byte[] body, String idempotencyKey,
                             String remoteAddress) {
}
