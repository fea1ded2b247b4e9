package org.autopilot.brokers.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.domain.BrokerAccount;
import org.autopilot.brokers.domain.BrokerAccountRepository;

/** Broker accounts in table {@code broker_account}. */
@ApplicationScoped
public class JpaBrokerAccountRepository implements BrokerAccountRepository {

    @PersistenceContext(unitName = "brokers")
    EntityManager em;

    @Override
    public void add(BrokerAccount account) {
        em.persist(account);
    }

    @Override
    public Optional<BrokerAccount> byId(UUID id) {
        return Optional.ofNullable(em.find(BrokerAccount.class, id));
    }

    @Override
    public Optional<BrokerAccount> byName(String name) {
        return em.createQuery("select a from BrokerAccount a where a.name = :n", BrokerAccount.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public List<BrokerAccount> all() {
        return em.createQuery("select a from BrokerAccount a order by a.name", BrokerAccount.class).getResultList();
    }
}
