package org.autopilot.reporting.api;

import java.time.Instant;

/**
 * Outcome of one run of the audit chain verification job. {@code firstBrokenSequence} is the sequence number
 * of the first entry whose hash or link to its predecessor does not match, or {@code null} when intact.
 */
public record AuditVerificationReport(long jobExecutionId, Instant finishedAt, long entriesChecked,
                                      Long firstBrokenSequence) {

    public boolean intact() {
        return firstBrokenSequence == null;
    }
}
