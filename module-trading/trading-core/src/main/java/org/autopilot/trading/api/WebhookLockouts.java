package org.autopilot.trading.api;

import java.util.UUID;

/**
 * Lock-outs of webhooks after repeated wrong passwords (SIGNALS.md "Endpoint"): by default 10 wrong passwords
 * within 10 minutes lock a strategy's webhook for 15 minutes. While locked, every request to it, even with the
 * right password, is answered 429 {@code locked-out} and only logged. Admins see and lift lock-outs here.
 */
public interface WebhookLockouts {

    /** The strategy's lock-out state now (unlocked for a strategy that never had a wrong password). */
    WebhookLockoutView status(UUID strategyId);

    /**
     * Lifts the strategy's lock-out now; wrong passwords before this moment no longer count toward the next one.
     * Audited as done by {@code actor} with {@code reason}.
     *
     * @throws IllegalArgumentException when the webhook is not locked out, or the reason is blank or longer than
     *         500 characters
     */
    WebhookLockoutView clear(UUID strategyId, String reason, String actor);
}
