package org.autopilot.brokers.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.domain.BrokerConnection;
import org.autopilot.brokers.domain.BrokerConnectionRepository;

/** Broker connections in table {@code broker_connection}. */
@ApplicationScoped
public class JpaBrokerConnectionRepository implements BrokerConnectionRepository {

    @PersistenceContext(unitName = "brokers")
    EntityManager em;

    @Override
    public void add(BrokerConnection connection) {
        em.persist(connection);
    }

    @Override
    public Optional<BrokerConnection> byName(String name) {
        return em.createQuery("select c from BrokerConnection c where c.name = :n", BrokerConnection.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public Optional<BrokerConnection> byId(UUID id) {
        return Optional.ofNullable(em.find(BrokerConnection.class, id));
    }

    @Override
    public List<BrokerConnection> all() {
        return em.createQuery("select c from BrokerConnection c order by c.name", BrokerConnection.class).getResultList();
    }
}
