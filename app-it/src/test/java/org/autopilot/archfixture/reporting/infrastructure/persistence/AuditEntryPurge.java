package org.autopilot.archfixture.reporting.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/** Violation: deletes audit rows, even though it sits in the persistence package. */
public class AuditEntryPurge {
    EntityManager em;

    public int purge() {
        return em.createQuery("delete from AuditEntry").executeUpdate();
    }
}
