package org.autopilot.trading.api;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A strategy's webhook lock-out state. {@code wrongPasswords}: while locked, those that caused the lock-out;
 * otherwise those that count toward the next one. {@code lockedAt} and {@code lockedUntil} are null when unlocked.
 * The policy in force: {@code threshold} wrong passwords within {@code window} lock for {@code duration}.
 */
public record WebhookLockoutView(UUID strategyId, boolean locked, Instant lockedAt, Instant lockedUntil,
                                 long wrongPasswords, int threshold, Duration window, Duration duration) {
}
