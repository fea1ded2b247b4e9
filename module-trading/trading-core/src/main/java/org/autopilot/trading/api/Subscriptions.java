package org.autopilot.trading.api;

import java.util.List;
import java.util.UUID;

/** Which broker accounts trade which strategies, and how. Changes are audited as done by the given actor. */
public interface Subscriptions {

    /**
     * Subscribes an account to a strategy, enabled.
     *
     * @throws IllegalArgumentException for an unknown strategy or account, a duplicate subscription, or invalid
     *                                  settings (the message names the field)
     */
    SubscriptionView subscribe(UUID strategyId, UUID accountId, SubscriptionSettings settings, String actor);

    /** The subscriptions of a strategy, the ones a signal fans out to when enabled. */
    List<SubscriptionView> ofStrategy(UUID strategyId);
}
