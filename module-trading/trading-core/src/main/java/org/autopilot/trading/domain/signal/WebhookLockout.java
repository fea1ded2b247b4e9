package org.autopilot.trading.domain.signal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One lock-out of a strategy's webhook after too many wrong passwords: active from {@code lockedAt} until
 * {@code lockedUntil} unless an admin lifts it earlier. Kept after it ends, so the history shows who lifted which
 * lock-out and why.
 */
@Entity
@Cacheable
@Table(name = "webhook_lockout")
public class WebhookLockout {

    @Id
    private UUID id;

    @Column(name = "strategy_id", nullable = false, updatable = false)
    private UUID strategyId;

    @Column(name = "locked_at", nullable = false, updatable = false)
    private Instant lockedAt;

    @Column(name = "locked_until", nullable = false, updatable = false)
    private Instant lockedUntil;

    @Column(name = "wrong_passwords", nullable = false, updatable = false)
    private long wrongPasswords;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "cleared_by")
    private String clearedBy;

    @Column(name = "clear_reason")
    private String clearReason;

    @Version
    private long version;

    protected WebhookLockout() {
    }

    public static WebhookLockout lock(UUID strategyId, long wrongPasswords, Instant now, LockoutPolicy policy) {
        WebhookLockout lockout = new WebhookLockout();
        lockout.id = UUID.randomUUID();
        lockout.strategyId = strategyId;
        lockout.lockedAt = now.truncatedTo(ChronoUnit.MICROS);
        lockout.lockedUntil = lockout.lockedAt.plus(policy.duration());
        lockout.wrongPasswords = wrongPasswords;
        return lockout;
    }

    public boolean activeAt(Instant now) {
        return clearedAt == null && lockedUntil.isAfter(now);
    }

    /** When the lock-out ended or will end: lifted by an admin, or expired. */
    public Instant endedAt() {
        return clearedAt != null ? clearedAt : lockedUntil;
    }

    /** An admin lifts the lock-out now. */
    public void clear(String actor, String reason, Instant now) {
        if (!activeAt(now)) {
            throw new IllegalStateException("lock-out " + id + " is not active");
        }
        this.clearedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.clearedBy = actor;
        this.clearReason = reason;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public long wrongPasswords() {
        return wrongPasswords;
    }
}
