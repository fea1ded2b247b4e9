package org.autopilot.strategy.infrastructure.persistence;

import static org.hibernate.jpa.HibernateHints.HINT_CACHEABLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.autopilot.strategy.api.StaleVersionException;
import org.autopilot.strategy.domain.Instrument;
import org.autopilot.strategy.domain.InstrumentRepository;

/** Instruments in table {@code instrument}. */
@ApplicationScoped
public class JpaInstrumentRepository implements InstrumentRepository {

    @PersistenceContext(unitName = "strategy")
    EntityManager em;

    @Override
    public void add(Instrument instrument) {
        em.persist(instrument);
    }

    @Override
    public void store(Instrument instrument) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("instrument " + instrument.toView().spec().symbol()
                    + " was changed by someone else meanwhile; read it again");
        }
    }

    @Override
    public Optional<Instrument> bySymbol(String symbol) {
        return em.createQuery("select i from Instrument i where i.symbol = :s", Instrument.class)
                .setParameter("s", symbol).setHint(HINT_CACHEABLE, true).setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<Instrument> all() {
        return em.createQuery("select i from Instrument i order by i.symbol", Instrument.class).getResultList();
    }
}
