package org.autopilot.trading.infrastructure.persistence;

import static org.hibernate.jpa.HibernateHints.HINT_CACHEABLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.domain.subscription.Subscription;
import org.autopilot.trading.domain.subscription.SubscriptionRepository;

/** Subscriptions in table {@code subscription}. */
@ApplicationScoped
public class JpaSubscriptionRepository implements SubscriptionRepository {

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    public void add(Subscription subscription) {
        em.persist(subscription);
    }

    @Override
    public Optional<Subscription> byId(UUID id) {
        return Optional.ofNullable(em.find(Subscription.class, id));
    }

    @Override
    public Optional<Subscription> of(UUID strategyId, UUID accountId) {
        return em.createQuery("select s from Subscription s where s.strategyId = :s and s.accountId = :a",
                Subscription.class).setParameter("s", strategyId).setParameter("a", accountId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Subscription> ofStrategy(UUID strategyId) {
        return em.createQuery("select s from Subscription s where s.strategyId = :s order by s.createdAt",
                Subscription.class).setParameter("s", strategyId).setHint(HINT_CACHEABLE, true)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    @Override
    public void store(Subscription subscription) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit(subscription.what());
        }
    }
}
