package org.autopilot.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.hibernate.annotations.Immutable;

/**
 * An audit event recorded in its change's transaction and not yet appended to the chain (table
 * {@code audit_outbox}); {@code id} is the order of recording.
 */
@Entity
@Immutable
@Table(name = "audit_outbox")
public class PendingAuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "occurred_at_us", nullable = false)
    @Convert(converter = EpochMicros.class)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    private String reason;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    protected PendingAuditEvent() {
    }

    public static PendingAuditEvent of(AuditEvent event) {
        PendingAuditEvent pending = new PendingAuditEvent();
        pending.eventId = event.eventId();
        pending.occurredAt = event.occurredAt();
        pending.actor = event.actor();
        pending.action = event.action();
        pending.subjectType = event.subjectType();
        pending.subjectId = event.subjectId();
        pending.reason = event.reason();
        pending.before = event.before();
        pending.after = event.after();
        return pending;
    }

    public long id() {
        return id;
    }

    public AuditEvent event() {
        return new AuditEvent(eventId, occurredAt, actor, action, subjectType, subjectId, reason, before, after);
    }
}
