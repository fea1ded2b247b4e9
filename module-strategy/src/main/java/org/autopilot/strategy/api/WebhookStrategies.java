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
     * Sets the strategy's rate limits (accepted signals per minute and per hour); audited as done by {@code actor}.
     * Refused with an {@link IllegalArgumentException} that says why, changing nothing.
     */
    WebhookStrategyView limitRate(UUID id, int perMinute, int perHour, String actor);

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

    /**
     * Where the strategy's webhook requests may come from.
     *
     * @throws IllegalArgumentException for an unknown strategy
     */
    WebhookSourceLimits sourceLimits(UUID id);

    /**
     * Replaces the strategy's source limits: an allow-list of IPv4/IPv6 addresses and CIDR ranges (at most 50;
     * blank entries are skipped, duplicates merged) and the "TradingView only" switch, which admits TradingView's
     * alert servers ({@link WebhookSourceLimits#TRADING_VIEW_ADDRESSES}) in addition to the list. An empty list with
     * the switch off lifts every limit. Audited as done by {@code actor}, with {@code reason} (optional) and the
     * limits before and after.
     *
     * @return the limits as stored (canonical entries)
     * @throws IllegalArgumentException for an unknown strategy or an invalid entry (the message names the entry)
     */
    WebhookSourceLimits limitSources(UUID id, List<String> allowedSources, boolean tradingViewOnly, String reason,
                                     String actor);

    /**
     * Why a request from {@code remoteAddress} (an IP literal) is not accepted for the strategy, or empty when it
     * is (or the strategy is unknown: authentication answers that).
     */
    Optional<SourceRefusal> sourceRefusal(UUID id, String remoteAddress);
}
