package org.autopilot.reporting.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.domain.AuditOutbox;
import org.autopilot.reporting.domain.PendingAuditEvent;

/**
 * The outbox in table {@code audit_outbox}. The only class of the module that deletes rows (ArchitectureTest allows
 * it, and only it): appended events leave the outbox, by id, in the transaction that appended them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaAuditOutbox implements AuditOutbox {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(PendingAuditEvent.of(event));
    }

    @Override
    public List<PendingAuditEvent> oldest(int limit) {
        return em.createQuery("select p from PendingAuditEvent p order by p.id", PendingAuditEvent.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void remove(List<Long> ids) {
        // plain SQL: Hibernate translates a JPQL delete again on every call
        em.createNativeQuery("delete from audit_outbox where id in (:ids)").setParameter("ids", ids).executeUpdate();
    }
}
