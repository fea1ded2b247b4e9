package org.autopilot.reporting.api;

import java.time.Instant;

/**
 * One recorded audit entry as readers see it (times in UTC). {@code before} and {@code after} are the recorded
 * states (null when the event carried none); {@code previousHash} and {@code entryHash} let an exported copy be
 * checked against the chain without access to the database.
 */
public record AuditEntryView(long sequence, Instant occurredAt, String actor, String action, String subjectType,
                             String subjectId, String reason, String before, String after, String previousHash,
                             String entryHash) {
}
