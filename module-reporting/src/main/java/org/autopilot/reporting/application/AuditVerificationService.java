package org.autopilot.reporting.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import org.autopilot.reporting.api.AuditChainVerification;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.reporting.api.AuditVerificationReport;
import org.autopilot.reporting.domain.AuditVerification;
import org.autopilot.reporting.domain.AuditVerificationRepository;

/**
 * Runs the job {@value #JOB} on demand and every night, and reports its results. Starting it is itself audited.
 * An EJB so that callers from any web module start the job in this module's deployment (where its job XML and
 * artifacts live): EJB calls switch the context class loader, CDI calls do not.
 */
@Stateless
public class AuditVerificationService implements AuditChainVerification {

    public static final String JOB = "audit-chain-verification";

    @Inject
    AuditVerificationRepository verifications;

    @Inject
    AuditTrail auditTrail;

    @Override
    public long start(String requestedBy) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        long executionId = jobs.start(JOB, new Properties());
        auditTrail.record(AuditEvent.now(requestedBy, "audit.verification.started", "batch-job",
                JOB + "#" + executionId, "on demand"));
        return executionId;
    }

    @Schedule(hour = "2", minute = "30", persistent = false, info = "nightly audit chain verification")
    void nightly() {
        start("scheduler");
    }

    @Override
    public List<AuditVerificationReport> recentReports(int limit) {
        return verifications.recent(limit).stream().map(AuditVerification::toReport).toList();
    }
}
