package org.autopilot.archfixture.reporting.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.autopilot.archfixture.reporting.domain.AuditEntry;
import org.autopilot.archfixture.reporting.domain.AuditEntryRepository;

/** Allowed: stores by inserting, in the persistence package. */
public class JpaAuditEntryRepository implements AuditEntryRepository {
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }
}
