package org.autopilot.trading.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
        return Optional.ofNullable(em.find(StrategyOrderDefaults.class, strategyId));
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
