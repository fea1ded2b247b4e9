package org.autopilot.trading.domain.subscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions in storage. */
public interface SubscriptionRepository {

    void add(Subscription subscription);

    Optional<Subscription> byId(UUID id);

    Optional<Subscription> of(UUID strategyId, UUID accountId);

    List<Subscription> ofStrategy(UUID strategyId);

    /** Writes changes now, so that the version is current; a concurrent change is a StaleEdit. */
    void store(Subscription subscription);
}
