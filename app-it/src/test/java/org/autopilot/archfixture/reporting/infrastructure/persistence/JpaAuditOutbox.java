package org.autopilot.archfixture.reporting.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/** Allowed: the outbox's repository deletes appended events from the outbox. */
public class JpaAuditOutbox {
    EntityManager em;

    public int remove() {
        return em.createNativeQuery("delete from audit_outbox where id in (1)").executeUpdate();
    }
}
