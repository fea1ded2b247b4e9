package org.autopilot.trading.domain.signal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhook lock-outs in storage. */
public interface WebhookLockoutRepository {

    void add(WebhookLockout lockout);

    /** The strategy's most recent lock-out, active or not. */
    Optional<WebhookLockout> latest(UUID strategyId);

    /**
     * The strategy's lock-outs active at {@code now}, latest ending first (normally one; two threads crossing the
     * threshold at the same moment may each have added one).
     */
    List<WebhookLockout> activeAt(UUID strategyId, Instant now);
}
