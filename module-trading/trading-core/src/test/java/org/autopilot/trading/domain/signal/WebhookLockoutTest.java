package org.autopilot.trading.domain.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookLockoutTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
    private static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT;

    @Test
    void defaultLocksForFifteenMinutesAfterTenWrongPasswordsInTenMinutes() {
        assertFalse(POLICY.locks(9));
        assertTrue(POLICY.locks(10));
        WebhookLockout lockout = WebhookLockout.lock(UUID.randomUUID(), 10, T0, POLICY);
        assertEquals(T0.plus(Duration.ofMinutes(15)), lockout.lockedUntil());
        assertTrue(lockout.activeAt(T0.plus(Duration.ofMinutes(14))));
        assertFalse(lockout.activeAt(T0.plus(Duration.ofMinutes(15))), "ends exactly at lockedUntil");
    }

    @Test
    void wrongPasswordsCountOverTheWindowButNeverAcrossAPreviousLockout() {
        Instant now = T0.plus(Duration.ofHours(1));
        assertEquals(now.minus(Duration.ofMinutes(10)), POLICY.countAfter(now, Optional.empty()));

        WebhookLockout expiredLongAgo = WebhookLockout.lock(UUID.randomUUID(), 10, T0, POLICY);
        assertEquals(now.minus(Duration.ofMinutes(10)), POLICY.countAfter(now, Optional.of(expiredLongAgo)));

        WebhookLockout cleared = WebhookLockout.lock(UUID.randomUUID(), 10, now.minus(Duration.ofMinutes(3)), POLICY);
        cleared.clear("alice", "sender fixed", now.minus(Duration.ofMinutes(2)));
        assertEquals(now.minus(Duration.ofMinutes(2)), POLICY.countAfter(now, Optional.of(cleared)),
                "the failures that caused a lifted lock-out do not lock it again");
        assertFalse(cleared.activeAt(now));
    }

    @Test
    void onlyAnActiveLockoutCanBeLifted() {
        WebhookLockout lockout = WebhookLockout.lock(UUID.randomUUID(), 12, T0, POLICY);
        assertThrows(IllegalStateException.class, () -> lockout.clear("alice", "late", T0.plus(Duration.ofHours(1))));
        lockout.clear("alice", "sender fixed", T0.plusSeconds(60));
        assertEquals(T0.plusSeconds(60), lockout.endedAt());
        assertThrows(IllegalStateException.class, () -> lockout.clear("alice", "again", T0.plusSeconds(61)));
    }

    @Test
    void policyRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(3, Duration.ZERO, Duration.ofMinutes(1)));
    }
}
