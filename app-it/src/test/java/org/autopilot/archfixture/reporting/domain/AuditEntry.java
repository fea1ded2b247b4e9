package org.autopilot.archfixture.reporting.domain;

/** Stands in for the audit chain's entry; {@link #append} builds the next link. */
public class AuditEntry {
    public static AuditEntry append(AuditEntry last) {
        return new AuditEntry();
    }
}
