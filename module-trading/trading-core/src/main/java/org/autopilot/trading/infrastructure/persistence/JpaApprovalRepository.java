package org.autopilot.trading.infrastructure.persistence;

import static org.hibernate.jpa.HibernateHints.HINT_CACHEABLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.trading.domain.approval.ApprovalRepository;
import org.autopilot.trading.domain.approval.ApprovalRequest;
import org.autopilot.trading.domain.approval.ApprovalSetting;

/** Approval settings ({@code subscription_approval}) and requests ({@code approval_request}). */
@ApplicationScoped
public class JpaApprovalRepository implements ApprovalRepository {

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    public Optional<ApprovalSetting> setting(UUID subscriptionId) {
        // a cached query rather than find: most subscriptions have no row, and the query cache remembers that too
        return em.createQuery("select s from ApprovalSetting s where s.subscriptionId = :s", ApprovalSetting.class)
                .setParameter("s", subscriptionId).setHint(HINT_CACHEABLE, true).setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream().findFirst();
    }

    @Override
    public void add(ApprovalSetting setting) {
        em.persist(setting);
    }

    @Override
    public Optional<ApprovalRequest> request(UUID deliveryId) {
        return Optional.ofNullable(em.find(ApprovalRequest.class, deliveryId));
    }

    @Override
    public Optional<ApprovalRequest> lockRequest(UUID deliveryId) {
        return Optional.ofNullable(em.find(ApprovalRequest.class, deliveryId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(ApprovalRequest request) {
        em.persist(request);
    }

    @Override
    public List<ApprovalRequest> pending(int limit) {
        return em.createQuery("select r from ApprovalRequest r where r.status = :p order by r.requestedAt",
                ApprovalRequest.class).setParameter("p", ApprovalRequest.Status.PENDING).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ApprovalRequest> decided(int limit) {
        return em.createQuery("select r from ApprovalRequest r where r.status <> :p order by r.decidedAt desc",
                ApprovalRequest.class).setParameter("p", ApprovalRequest.Status.PENDING).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ApprovalRequest> expiredBefore(Instant now, int limit) {
        return em.createQuery("select r from ApprovalRequest r where r.status = :p and r.expiresAt < :now"
                        + " order by r.expiresAt", ApprovalRequest.class)
                .setParameter("p", ApprovalRequest.Status.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }
}
