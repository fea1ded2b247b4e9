package org.autopilot.trading.domain.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When wrong webhook passwords lock a strategy's webhook: {@code threshold} of them within {@code window} lock it
 * for {@code duration}. The default (10 within 10 minutes, locked for 15 minutes) never bothers a sender that was
 * given the right URL, whose password is 192 random bits and cannot be guessed anyway, yet stops a misconfigured or
 * hostile sender from filling the request log at full speed.
 */
public record LockoutPolicy(int threshold, Duration window, Duration duration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(10, Duration.ofMinutes(10), Duration.ofMinutes(15));

    public LockoutPolicy {
        if (threshold < 1 || !window.isPositive() || !duration.isPositive()) {
            throw new IllegalArgumentException("a lock-out policy needs a threshold of at least 1 and positive times");
        }
    }

    /**
     * After when wrong passwords count: {@code window} back from now, but never before the previous lock-out ended
     * (expired or lifted by an admin), so the failures that caused one lock-out cannot cause another. Counting is
     * strictly after this moment, so that on a database that keeps times to the second, failures in the second a
     * lock-out was lifted are not counted again.
     */
    public Instant countAfter(Instant now, Optional<WebhookLockout> previous) {
        Instant windowStart = now.minus(window);
        return previous.map(WebhookLockout::endedAt).filter(end -> end.isAfter(windowStart)).orElse(windowStart);
    }

    public boolean locks(long wrongPasswords) {
        return wrongPasswords >= threshold;
    }
}
