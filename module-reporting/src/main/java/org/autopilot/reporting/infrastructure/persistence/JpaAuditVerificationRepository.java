package org.autopilot.reporting.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.autopilot.reporting.domain.AuditVerification;
import org.autopilot.reporting.domain.AuditVerificationRepository;

/** Verification results in table {@code audit_verification}. */
@ApplicationScoped
@Transactional
public class JpaAuditVerificationRepository implements AuditVerificationRepository {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Override
    public void add(AuditVerification verification) {
        em.persist(verification);
    }

    @Override
    public List<AuditVerification> recent(int limit) {
        return em.createQuery("select v from AuditVerification v order by v.finishedAt desc, v.jobExecutionId desc", AuditVerification.class)
                .setMaxResults(limit).getResultList();
    }
}
