package org.autopilot.reporting.domain;

import java.util.List;

/** Results of audit chain verification runs. */
public interface AuditVerificationRepository {

    void add(AuditVerification verification);

    /** Most recent first. */
    List<AuditVerification> recent(int limit);
}
