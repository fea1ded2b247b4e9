package org.autopilot.trading.infrastructure.persistence;

import static org.hibernate.jpa.HibernateHints.HINT_CACHEABLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.domain.defaults.StrategyDefaultsRepository;
import org.autopilot.trading.domain.defaults.StrategyOrderDefaults;

/** Strategies' order defaults in table {@code strategy_order_defaults}, one row per strategy that has any. */
@ApplicationScoped
public class JpaStrategyDefaultsRepository implements StrategyDefaultsRepository {

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    public Optional<StrategyOrderDefaults> of(UUID strategyId) {
        // a cached query rather than find: most strategies have no row, and the query cache remembers that too
        return em.createQuery("select d from StrategyOrderDefaults d where d.strategyId = :s",
                        StrategyOrderDefaults.class).setParameter("s", strategyId).setHint(HINT_CACHEABLE, true)
                .setFlushMode(FlushModeType.COMMIT).getResultList().stream().findFirst();
    }

    @Override
    public void add(StrategyOrderDefaults defaults) {
        em.persist(defaults);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the primary key is the strategy id: someone else set the first defaults at the same moment
            throw new StaleEdit(defaults.what());
        }
    }

    @Override
    public void store(StrategyOrderDefaults defaults) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit(defaults.what());
        }
    }
}
