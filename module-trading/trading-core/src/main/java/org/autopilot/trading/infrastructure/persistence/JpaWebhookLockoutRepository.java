package org.autopilot.trading.infrastructure.persistence;

import static org.hibernate.jpa.HibernateHints.HINT_CACHEABLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
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
        // every webhook request asks: the strategy's uncleared lock-outs (rare, few) come from the query cache until
        // one is added or lifted, and the time is compared here, so that the cached query does not depend on it
        return em.createQuery("select l from WebhookLockout l where l.strategyId = :s and l.clearedAt is null"
                        + " order by l.lockedUntil desc", WebhookLockout.class)
                .setParameter("s", strategyId).setHint(HINT_CACHEABLE, true).setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream().filter(l -> l.lockedUntil().isAfter(now)).toList();
    }
}
