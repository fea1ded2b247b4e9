package org.autopilot.strategy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhook strategies in storage. */
public interface WebhookStrategyRepository {

    void add(WebhookStrategy strategy);

    Optional<WebhookStrategy> byId(UUID id);

    Optional<WebhookStrategy> byName(String name);

    /** All strategies, ordered by name. */
    List<WebhookStrategy> all();
}
