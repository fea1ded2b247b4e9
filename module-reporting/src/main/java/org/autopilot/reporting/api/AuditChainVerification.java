package org.autopilot.reporting.api;

import java.util.List;

/** Starts the audit chain verification job on demand and reads its results. */
public interface AuditChainVerification {

    /** Starts the job; returns its Jakarta Batch execution id. */
    long start(String requestedBy);

    /** Latest reports first. */
    List<AuditVerificationReport> recentReports(int limit);
}
