package org.autopilot.strategy.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Webhook strategies and their credentials. */
public interface WebhookStrategies {

    /**
     * Creates a strategy with a fresh uuid and password; the password is returned once and never again. The
     * creation is audited as done by {@code actor} (the password masked).
     *
     * @throws IllegalArgumentException for a blank or taken name or a malformed ticker
     */
    WebhookSecret create(String name, Set<String> allowedTickers, Duration maxSignalAge, String actor);

    Optional<WebhookStrategyView> byId(UUID id);

    /** All webhook strategies, ordered by name. */
    List<WebhookStrategyView> all();

    /** Constant-time check of a webhook's credentials. */
    WebhookAuthentication authenticate(UUID id, String password);

    /**
     * Requires Standard Webhooks signatures for the strategy from now on and returns the new signing secret
     * ({@code whsec_...}) once; calling it again rotates the secret. Audited as done by {@code actor}.
     *
     * @throws IllegalArgumentException for an unknown strategy
     */
    String requireSignatures(UUID id, String actor);

    /**
     * Why a request's signature headers are not acceptable for the strategy, or empty when they are (or when the
     * strategy does not require signatures).
     */
    Optional<String> signatureProblem(UUID id, String webhookId, String timestamp, byte[] body, String signature);
}
