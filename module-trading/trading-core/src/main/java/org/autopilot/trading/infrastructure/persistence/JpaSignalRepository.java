package org.autopilot.trading.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.trading.api.SignalQuery;
import org.autopilot.trading.domain.execution.DeliveryStatus;
import org.autopilot.trading.domain.signal.DuplicateIdempotencyKey;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.signal.WebhookRequestRecord;

/** Received signals ({@code received_signal}) and webhook requests ({@code webhook_request}). */
@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(ReceivedSignal signal) {
        em.persist(signal);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (signal.idempotencyKey() != null && integrityViolation(e)) {
                throw new DuplicateIdempotencyKey(signal.idempotencyKey(), e);
            }
            throw e;
        }
    }

    /** SQLSTATE class 23 (integrity constraint violation) on H2 and MySQL/MariaDB alike. */
    private static boolean integrityViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReceivedSignal> byId(UUID id) {
        return Optional.ofNullable(em.find(ReceivedSignal.class, id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReceivedSignal> byIds(Collection<UUID> ids) {
        return em.createQuery("select s from ReceivedSignal s where s.id in :ids", ReceivedSignal.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReceivedSignal> find(SignalQuery q) {
        StringBuilder jpql = new StringBuilder("select s from ReceivedSignal s where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        where(jpql, parameters, " and s.strategyId = :strategy", "strategy", q.strategyId());
        where(jpql, parameters, " and s.ticker = :ticker", "ticker", q.ticker());
        where(jpql, parameters, " and s.source = :source", "source", q.source());
        where(jpql, parameters, " and s.receivedAt >= :from", "from", q.from());
        where(jpql, parameters, " and s.receivedAt < :to", "to", q.to());
        if (q.issuesOnly()) {
            jpql.append(" and exists (select d.id from SignalDelivery d where d.signalId = s.id and d.status in :bad)");
            parameters.put("bad", DeliveryStatus.NOT_TRADED);
        }
        TypedQuery<ReceivedSignal> query = em.createQuery(jpql.append(" order by s.receivedAt desc").toString(),
                ReceivedSignal.class).setMaxResults(q.limit());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void where(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
                              Object value) {
        if (value != null && !"".equals(value)) {
            jpql.append(clause);
            parameters.put(name, value);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReceivedSignal> byIdempotencyKey(UUID strategyId, String key) {
        return em.createQuery("select s from ReceivedSignal s where s.strategyId = :s and s.idempotencyKey = :k",
                        ReceivedSignal.class)
                .setParameter("s", strategyId).setParameter("k", key).getResultStream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Instant> acceptedSince(UUID strategyId, Instant since) {
        return em.createQuery("select s.receivedAt from ReceivedSignal s where s.strategyId = :s and s.receivedAt >= :t",
                Instant.class).setParameter("s", strategyId).setParameter("t", since).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(WebhookRequestRecord request) {
        em.persist(request);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookRequestRecord> latestRequests(int limit) {
        return em.createQuery("select r from WebhookRequestRecord r order by r.receivedAt desc", WebhookRequestRecord.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordInTransaction(WebhookRequestRecord request) {
        em.persist(request);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long requestsAfter(String strategyId, String messageCode, Instant after) {
        return em.createQuery("select count(r) from WebhookRequestRecord r where r.strategyId = :s"
                        + " and r.messageCode = :c and r.receivedAt > :t", Long.class)
                .setParameter("s", strategyId).setParameter("c", messageCode).setParameter("t", after)
                .getSingleResult();
    }
}
