package org.autopilot.trading.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One signal for one subscription: created by the fan-out (unique per signal x subscription, so a repeated
 * fan-out creates nothing), then planned and sent by the account's worker exactly once.
 */
@Entity
@Table(name = "signal_delivery")
public class SignalDelivery {

    private static final int MAX_REASON = 500;

    @Id
    private UUID id;

    @Column(name = "signal_id", nullable = false, updatable = false)
    private UUID signalId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private UUID subscriptionId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    private String reason;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Version
    private long version;

    protected SignalDelivery() {
    }

    public static SignalDelivery queue(UUID signalId, UUID subscriptionId, UUID accountId, Instant now) {
        SignalDelivery d = new SignalDelivery();
        d.id = UUID.randomUUID();
        d.signalId = signalId;
        d.subscriptionId = subscriptionId;
        d.accountId = accountId;
        d.status = DeliveryStatus.QUEUED;
        d.queuedAt = now.truncatedTo(ChronoUnit.MICROS);
        d.dispatchedAt = d.queuedAt;
        return d;
    }

    public void finish(DeliveryStatus outcome, String why, Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateException("delivery " + id + " is already " + status);
        }
        status = outcome;
        reason = why == null ? null : why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why;
        processedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Its message was sent (again) to the account's queue now. */
    public void dispatched(Instant now) {
        dispatchedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Some orders are sent; an entry waits for its exit to fill. */
    public void waiting() {
        if (!status.isOpen()) {
            throw new IllegalStateException("delivery " + id + " is already " + status);
        }
        status = DeliveryStatus.WAITING;
    }

    /** Its subscription is in approval mode: it waits for an operator. */
    public void awaitApproval(String why) {
        requireStatus(DeliveryStatus.QUEUED);
        status = DeliveryStatus.PENDING_APPROVAL;
        reason = why;
    }

    /** Approved: back in its account's queue, planned when its message arrives. */
    public void approved(Instant now) {
        requireStatus(DeliveryStatus.PENDING_APPROVAL);
        status = DeliveryStatus.QUEUED;
        reason = null;
        dispatched(now);
    }

    private void requireStatus(DeliveryStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not " + expected);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID signalId() {
        return signalId;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public UUID accountId() {
        return accountId;
    }

    public DeliveryStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
