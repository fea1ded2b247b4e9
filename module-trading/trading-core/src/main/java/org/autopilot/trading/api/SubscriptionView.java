package org.autopilot.trading.api;

import java.util.UUID;

/** A strategy's subscription by a broker account. */
public record SubscriptionView(UUID id, UUID strategyId, UUID accountId, boolean enabled, SubscriptionSettings settings) {
}
