package org.autopilot.trading.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    public long acceptedSince(UUID strategyId, Instant since) {
        return em.createQuery("select count(s) from ReceivedSignal s where s.strategyId = :s and s.receivedAt >= :t",
                Long.class).setParameter("s", strategyId).setParameter("t", since).getSingleResult();
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
    public void recordWithSignal(WebhookRequestRecord request) {
        em.persist(request);
    }
}
