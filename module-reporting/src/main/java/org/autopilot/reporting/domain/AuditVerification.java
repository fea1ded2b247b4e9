package org.autopilot.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.reporting.api.AuditVerificationReport;

/** The recorded outcome of one verification run over the audit chain. Immutable once recorded. */
@Entity
@Table(name = "audit_verification")
public class AuditVerification {

    /** INTACT or BROKEN. */
    public enum Outcome { INTACT, BROKEN }

    @Id
    private UUID id;

    @Column(name = "job_execution_id", updatable = false, nullable = false)
    private long jobExecutionId;

    @Column(name = "finished_at", updatable = false, nullable = false)
    private Instant finishedAt;

    @Column(name = "entries_checked", updatable = false, nullable = false)
    private long entriesChecked;

    @Column(name = "first_broken_sequence", updatable = false)
    private Long firstBrokenSequence;

    @Column(updatable = false, nullable = false)
    private String outcome;

    protected AuditVerification() {
    }

    public static AuditVerification of(long jobExecutionId, Instant finishedAt, long entriesChecked,
                                       Long firstBrokenSequence) {
        AuditVerification v = new AuditVerification();
        v.id = UUID.randomUUID();
        v.jobExecutionId = jobExecutionId;
        v.finishedAt = finishedAt;
        v.entriesChecked = entriesChecked;
        v.firstBrokenSequence = firstBrokenSequence;
        v.outcome = (firstBrokenSequence == null ? Outcome.INTACT : Outcome.BROKEN).name();
        return v;
    }

    public AuditVerificationReport toReport() {
        return new AuditVerificationReport(jobExecutionId, finishedAt, entriesChecked, firstBrokenSequence);
    }
}
