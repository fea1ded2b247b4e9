package org.autopilot.brokers.application.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.domain.BrokerAccount;
import org.autopilot.brokers.domain.BrokerAccountRepository;
import org.autopilot.brokers.domain.paper.PaperExchange;
import org.autopilot.brokers.domain.paper.PaperVenueChanges;
import org.autopilot.brokers.domain.paper.PaperVenueRepository;

/**
 * One call on a venue in the venue's own transaction, like a request to a remote broker: the caller's transaction is
 * suspended, and what the venue did — orders, positions, money, its log, and the reports it pushed onto the
 * execution-report queue — is committed together before the call returns, whatever the caller's transaction does
 * afterwards. Nothing is written when nothing changed. Callers hold the account's lock ({@link PaperVenues}).
 */
@ApplicationScoped
public class PaperVenueTransaction {

    /** Microseconds: what every supported database keeps of an instant. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Inject
    PaperVenueRepository repository;

    @Inject
    BrokerAccountRepository accounts;

    @Inject
    PaperQuotes quotes;

    @Inject
    ExecutionReportStream stream;

    /** A venue held in memory and the stored revision it is current for. */
    public record HeldVenue(PaperExchange venue, long revision) {
    }

    /** What the call answered, the venue after it, and every report the venue produced meanwhile. */
    public record Outcome<T>(T answer, HeldVenue venue, List<OrderReport> reports) {
    }

    /**
     * Runs {@code call} on the account's venue: the held one if it is still current, else the stored one.
     *
     * @param held the venue the caller holds in memory, or null
     * @throws IllegalArgumentException for an account without a paper venue
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> Outcome<T> run(UUID accountId, HeldVenue held, Function<PaperExchange, T> call) {
        long revision = repository.lockRevision(accountId).orElseThrow(
                () -> new IllegalArgumentException("account " + accountId + " has no paper venue"));
        PaperExchange venue = held != null && held.revision() == revision ? held.venue() : restore(accountId);
        T answer = call.apply(venue);
        PaperVenueChanges changes = venue.drainChanges();
        if (!changes.isEmpty()) {
            revision = repository.save(accountId, changes);
            changes.pushed().forEach(report -> stream.push(accountId, report));
        }
        return new Outcome<>(answer, new HeldVenue(venue, revision), changes.reports());
    }

    private PaperExchange restore(UUID accountId) {
        BigDecimal slippage = accounts.byId(accountId).map(BrokerAccount::toView)
                .orElseThrow(() -> new IllegalArgumentException("no broker account " + accountId))
                .paperSlippageBasisPoints();
        return new PaperExchange(repository.load(accountId), slippage, quotes,
                clientOrderId -> repository.order(accountId, clientOrderId), CLOCK);
    }
}
