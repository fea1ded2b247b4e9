package org.autopilot.trading.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.trading.domain.signal.WebhookLockout;
import org.autopilot.trading.domain.signal.WebhookLockoutRepository;

/** Webhook lock-outs in table {@code webhook_lockout}. */
@ApplicationScoped
public class JpaWebhookLockoutRepository implements WebhookLockoutRepository {

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    public void add(WebhookLockout lockout) {
        em.persist(lockout);
    }

    @Override
    public Optional<WebhookLockout> latest(UUID strategyId) {
        return em.createQuery("select l from WebhookLockout l where l.strategyId = :s order by l.lockedAt desc",
                WebhookLockout.class).setParameter("s", strategyId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<WebhookLockout> activeAt(UUID strategyId, Instant now) {
        return em.createQuery("select l from WebhookLockout l where l.strategyId = :s and l.clearedAt is null"
                        + " and l.lockedUntil > :now order by l.lockedUntil desc", WebhookLockout.class)
                .setParameter("s", strategyId).setParameter("now", now).getResultList();
    }
}
