package org.autopilot.strategy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.strategy.domain.WebhookStrategy;
import org.autopilot.strategy.domain.WebhookStrategyRepository;

/** Webhook strategies in table {@code webhook_strategy}. */
@ApplicationScoped
public class JpaWebhookStrategyRepository implements WebhookStrategyRepository {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Override
    public void add(WebhookStrategy strategy) {
        em.persist(strategy);
    }

    @Override
    public Optional<WebhookStrategy> byId(UUID id) {
        return Optional.ofNullable(em.find(WebhookStrategy.class, id));
    }

    @Override
    public List<WebhookStrategy> all() {
        return em.createQuery("select s from WebhookStrategy s order by s.name", WebhookStrategy.class).getResultList();
    }

    @Override
    public Optional<WebhookStrategy> byName(String name) {
        return em.createQuery("select s from WebhookStrategy s where s.name = :n", WebhookStrategy.class)
                .setParameter("n", name).getResultStream().findFirst();
    }
}
