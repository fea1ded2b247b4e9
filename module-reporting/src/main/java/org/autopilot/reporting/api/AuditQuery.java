package org.autopilot.reporting.api;

import java.time.Instant;

/**
 * Filters of an audit trail search; a null (or blank) field does not filter. Text matches as stored (the
 * database's collation decides case, which is binary in the supported setups):
 * <ul>
 *   <li>{@code actor} and {@code subjectType} match exactly;</li>
 *   <li>{@code action} matches as a prefix, so {@code order.} finds {@code order.denied} and {@code order.cancelled};</li>
 *   <li>{@code subjectId} matches ids that contain it, so an exact id matches too;</li>
 *   <li>{@code from} (inclusive) and {@code to} (exclusive) bound the time the event occurred, in UTC.</li>
 * </ul>
 * {@code limit} caps how many of the newest matching entries come back; above {@value #MAX_LIMIT} it is cut to
 * {@value #MAX_LIMIT} so that no reader can pull the whole chain into memory at once.
 */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from, Instant to,
                         int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        actor = trimmedOrNull(actor);
        action = trimmedOrNull(action);
        subjectType = trimmedOrNull(subjectType);
        subjectId = trimmedOrNull(subjectId);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to
                    + ": the time window [from, to) must not end before it starts");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        limit = Math.min(limit, MAX_LIMIT);
    }

    /** No filter: the newest {@code limit} entries. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }

    private static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
