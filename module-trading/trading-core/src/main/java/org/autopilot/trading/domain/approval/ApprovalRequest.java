package org.autopilot.trading.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.trading.api.InvalidSetting;

/** One delivery waiting for approval. Guarantees: decided once (approved, rejected or expired), by whom and when. */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

    /** Where the request stands. */
    public enum Status { PENDING, APPROVED, REJECTED, EXPIRED }

    private static final int MAX_REASON = 500;

    @Id
    @Column(name = "delivery_id")
    private UUID deliveryId;

    @Column(name = "signal_id", nullable = false, updatable = false)
    private UUID signalId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @Version
    private long version;

    protected ApprovalRequest() {
    }

    public static ApprovalRequest open(UUID deliveryId, UUID signalId, UUID accountId, Instant now, Duration timeout) {
        ApprovalRequest r = new ApprovalRequest();
        r.deliveryId = deliveryId;
        r.signalId = signalId;
        r.accountId = accountId;
        r.status = Status.PENDING;
        r.requestedAt = now.truncatedTo(ChronoUnit.MICROS);
        r.expiresAt = r.requestedAt.plus(timeout);
        return r;
    }

    /** An operator's decision; a reason is required for a rejection. */
    public void decide(boolean approve, String actor, String why, Instant now) {
        if (status != Status.PENDING) {
            throw new InvalidSetting("delivery", "this approval was already " + status.name().toLowerCase()
                    + (decidedBy != null ? " by " + decidedBy : ""));
        }
        if (!approve && (why == null || why.isBlank())) {
            throw new InvalidSetting("reason", "say why the signal is rejected (audited)");
        }
        end(approve ? Status.APPROVED : Status.REJECTED, actor, why, now);
    }

    /** Nobody decided in time. */
    public void expire(Instant now) {
        end(Status.EXPIRED, "system", "not decided within " + Duration.between(requestedAt, expiresAt).toMinutes()
                + " min", now);
    }

    private void end(Status outcome, String actor, String why, Instant now) {
        status = outcome;
        decidedBy = actor;
        decidedAt = now.truncatedTo(ChronoUnit.MICROS);
        reason = why == null || why.isBlank() ? null : why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why.strip();
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public UUID signalId() {
        return signalId;
    }

    public UUID accountId() {
        return accountId;
    }

    public Status status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
