package org.autopilot.trading.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.domain.KillSwitch;
import org.autopilot.trading.domain.KillSwitchRepository;

/** Kill switches in table {@code kill_switch}. */
@ApplicationScoped
public class JpaKillSwitchRepository implements KillSwitchRepository {

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    public Optional<KillSwitch> of(SwitchLevel level, String scopeId) {
        return em.createQuery("select k from KillSwitch k where k.level = :l and k.scopeId = :s", KillSwitch.class)
                .setParameter("l", level).setParameter("s", scopeId).getResultStream().findFirst();
    }

    @Override
    public List<KillSwitch> all() {
        return em.createQuery("select k from KillSwitch k", KillSwitch.class).getResultList();
    }

    @Override
    public void add(KillSwitch killSwitch) {
        em.persist(killSwitch);
    }
}
