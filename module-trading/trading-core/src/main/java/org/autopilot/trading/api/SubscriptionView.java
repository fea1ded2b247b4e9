package org.autopilot.trading.api;

import java.util.UUID;

/**
 * A strategy's subscription by a broker account. {@code version} is what a change must name to prove it was made
 * on the current settings.
 */
public record SubscriptionView(UUID id, UUID strategyId, UUID accountId, boolean enabled, long version,
                               SubscriptionSettings settings) {
}
