package org.autopilot.reporting.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.autopilot.reporting.api.AuditQuery;
import org.autopilot.reporting.domain.AuditEntry;

/**
 * Turns an {@link AuditQuery} into a criteria query. Text from people goes into LIKE patterns, so its own
 * {@code %} and {@code _} are escaped: searching for {@code order_} must not match {@code orderX}.
 */
final class AuditEntrySearch {

    private static final char ESCAPE = '!';

    private AuditEntrySearch() {
    }

    static TypedQuery<AuditEntry> of(EntityManager em, AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = select.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null) {
            where.add(cb.equal(e.get("actor"), query.actor()));
        }
        if (query.action() != null) {
            where.add(cb.like(e.get("action"), literal(query.action()) + "%", ESCAPE));
        }
        if (query.subjectType() != null) {
            where.add(cb.equal(e.get("subjectType"), query.subjectType()));
        }
        if (query.subjectId() != null) {
            where.add(cb.like(e.get("subjectId"), "%" + literal(query.subjectId()) + "%", ESCAPE));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.<Instant>get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(e.<Instant>get("occurredAt"), query.to()));
        }
        select.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(e.get("sequence")));
        return em.createQuery(select).setMaxResults(query.limit());
    }

    static String literal(String text) {
        return text.replace(String.valueOf(ESCAPE), "" + ESCAPE + ESCAPE).replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
    }
}
