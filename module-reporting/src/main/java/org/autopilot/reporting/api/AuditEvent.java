package org.autopilot.reporting.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened and must be traceable: who did what to which subject, when, why, and the state
 * before and after (secrets already masked by the caller). {@code eventId} makes recording idempotent. Texts longer
 * than the trail keeps (reason 500, before and after 4,000 characters each; a signal's payload may be 64 KiB) are
 * cut, ending in {@value #CUT}, so that an event is always recordable.
 */
public record AuditEvent(UUID eventId, Instant occurredAt, String actor, String action, String subjectType,
                         String subjectId, String reason, String before, String after) {

    /** How a cut text ends. */
    public static final String CUT = "…[cut]";
    private static final int MAX_REASON = 500;
    private static final int MAX_STATE = 4000;
    private static final int MAX_NAME = 120;

    public AuditEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        requireText(actor, "actor");
        requireText(action, "action");
        requireText(subjectType, "subjectType");
        requireText(subjectId, "subjectId");
        actor = cut(actor, MAX_NAME);
        subjectId = cut(subjectId, MAX_NAME);
        reason = cut(reason, MAX_REASON);
        before = cut(before, MAX_STATE);
        after = cut(after, MAX_STATE);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - CUT.length()) + CUT;
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
