package org.autopilot.reporting.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened and must be traceable: who did what to which subject, when, why, and the state
 * before and after (secrets already masked by the caller). {@code eventId} makes recording idempotent.
 */
public record AuditEvent(UUID eventId, Instant occurredAt, String actor, String action, String subjectType,
                         String subjectId, String reason, String before, String after) {

    public AuditEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        requireText(actor, "actor");
        requireText(action, "action");
        requireText(subjectType, "subjectType");
        requireText(subjectId, "subjectId");
    }

    /** An event that happens now, with a fresh id and no before/after state. */
    public static AuditEvent now(String actor, String action, String subjectType, String subjectId, String reason) {
        return now(actor, action, subjectType, subjectId, reason, null, null);
    }

    /** A change that happens now, with a fresh id and the state before and after (secrets already masked). */
    public static AuditEvent now(String actor, String action, String subjectType, String subjectId, String reason,
                                 String before, String after) {
        return new AuditEvent(UUID.randomUUID(), Instant.now(), actor, action, subjectType, subjectId, reason, before,
                after);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
