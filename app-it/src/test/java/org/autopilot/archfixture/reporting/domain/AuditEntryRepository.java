package org.autopilot.archfixture.reporting.domain;

/** Stands in for the audit chain's storage. */
public interface AuditEntryRepository {
    void append(AuditEntry entry);
}
