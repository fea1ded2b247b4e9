package org.autopilot.reporting.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.reporting.api.AuditQuery;
import org.autopilot.reporting.domain.AuditEntry;
import org.autopilot.reporting.domain.AuditEntryRepository;

/** The audit chain in table {@code audit_entry}; offers no update or delete. */
@ApplicationScoped
@Transactional
public class JpaAuditEntryRepository implements AuditEntryRepository {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Override
    public Optional<AuditEntry> last() {
        return latest(1).stream().findFirst();
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return em.createQuery("select e from AuditEntry e order by e.sequence desc", AuditEntry.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        return AuditEntrySearch.of(em, query).getResultList();
    }

    @Override
    public List<UUID> eventsAmong(Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? List.of() : em.createQuery(
                        "select e.eventId from AuditEntry e where e.eventId in :ids", UUID.class)
                .setParameter("ids", eventIds).getResultList();
    }

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> after(long sequence, int limit) {
        return em.createQuery("select e from AuditEntry e where e.sequence > :s order by e.sequence", AuditEntry.class)
                .setParameter("s", sequence).setMaxResults(limit).getResultList();
    }
}
