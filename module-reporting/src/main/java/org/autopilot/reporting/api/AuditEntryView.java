package org.autopilot.reporting.api;

import java.time.Instant;

/** One recorded audit entry as readers see it (times in UTC). */
public record AuditEntryView(long sequence, Instant occurredAt, String actor, String action, String subjectType,
                             String subjectId, String reason) {
}
