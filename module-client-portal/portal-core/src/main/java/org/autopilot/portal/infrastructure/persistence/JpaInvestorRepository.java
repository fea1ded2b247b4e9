package org.autopilot.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.autopilot.portal.domain.Investor;
import org.autopilot.portal.domain.InvestorRepository;

/** Investors in table {@code investor}. */
@ApplicationScoped
public class JpaInvestorRepository implements InvestorRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void add(Investor investor) {
        em.persist(investor);
    }

    @Override
    public Optional<Investor> byUsername(String username) {
        return em.createQuery("select i from Investor i where i.username = :u", Investor.class)
                .setParameter("u", username).getResultStream().findFirst();
    }
}
