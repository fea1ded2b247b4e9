package org.autopilot.trading.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which broker accounts trade which strategies, and how. Changes are audited as done by the given actor. */
public interface Subscriptions {

    /**
     * Subscribes an account to a strategy, enabled.
     *
     * @throws IllegalArgumentException for an unknown strategy or account, a duplicate subscription, or invalid
     *                                  settings ({@link InvalidSetting}, naming the field)
     */
    SubscriptionView subscribe(UUID strategyId, UUID accountId, SubscriptionSettings settings, String actor);

    /** The subscriptions of a strategy, the ones a signal fans out to when enabled. */
    List<SubscriptionView> ofStrategy(UUID strategyId);

    Optional<SubscriptionView> byId(UUID id);

    /**
     * Replaces every setting of a subscription, if {@code version} is still its current version.
     *
     * @throws IllegalArgumentException for an unknown subscription or invalid settings ({@link InvalidSetting})
     * @throws StaleEdit                when the subscription changed since {@code version} was read
     */
    SubscriptionView change(UUID id, long version, SubscriptionSettings settings, String actor);

    /**
     * Enables (signals fan out to it) or disables the subscription; a subscription already in that state is left
     * as it is.
     *
     * @throws IllegalArgumentException for an unknown subscription
     */
    SubscriptionView setEnabled(UUID id, boolean enabled, String actor);
}
