package org.autopilot.archfixture.reporting.infrastructure.batch;

import jakarta.persistence.EntityManager;
import org.autopilot.archfixture.reporting.domain.AuditEntry;
import org.autopilot.archfixture.reporting.domain.AuditEntryRepository;

/** Violations: appends to the chain outside the application layer and removes an entry with its own EntityManager. */
public class ChainRepair {
    EntityManager em;

    public void repair(AuditEntryRepository entries, AuditEntry broken) {
        em.remove(broken);
        entries.append(AuditEntry.append(null));
    }
}
