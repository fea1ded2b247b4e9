package org.autopilot.archfixture.reporting.application;

import org.autopilot.archfixture.reporting.domain.AuditEntry;
import org.autopilot.archfixture.reporting.domain.AuditEntryRepository;

/** Allowed: the one writer of the chain. */
public class AuditChainAppender {
    public void append(AuditEntryRepository entries) {
        entries.append(AuditEntry.append(null));
    }
}
