package org.autopilot.trading.domain.signal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.trading.api.SignalQuery;

/** Received signals and webhook request records in storage. */
public interface SignalRepository {

    /**
     * Stores the signal at once (not at commit), so that a concurrent request with the same idempotency key is
     * detected here.
     *
     * @throws DuplicateIdempotencyKey when that key is taken; the caller's transaction is then lost
     */
    void add(ReceivedSignal signal);

    Optional<ReceivedSignal> byId(UUID id);

    /** The signals with these ids, in one statement, in no particular order; unknown ids are left out. */
    List<ReceivedSignal> byIds(Collection<UUID> ids);

    /** Accepted signals matching the query, newest first. */
    List<ReceivedSignal> find(SignalQuery query);

    Optional<ReceivedSignal> byIdempotencyKey(UUID strategyId, String key);

    /** When the strategy's signals accepted at or after {@code since} were received. */
    List<Instant> acceptedSince(UUID strategyId, Instant since);

    /** Records a request in its own transaction, so refusals are kept even though nothing else is. */
    void record(WebhookRequestRecord request);

    /** The most recent request records, newest first. */
    List<WebhookRequestRecord> latestRequests(int limit);

    /** Records a request as part of the caller's transaction (accepted signals, wrong passwords). */
    void recordInTransaction(WebhookRequestRecord request);

    /** How many requests to the strategy (its id as given in the URL) got {@code messageCode} after {@code after}. */
    long requestsAfter(String strategyId, String messageCode, Instant after);
}
