package org.autopilot.brokers.application.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.domain.paper.DayOrders;
import org.autopilot.brokers.domain.paper.PaperExchange;
import org.autopilot.brokers.domain.paper.PaperVenueRepository;
import org.autopilot.brokers.domain.paper.SessionCloses;

/**
 * The paper venues of all paper accounts. Calls on one account's venue run one at a time (a lock per account),
 * calls on different accounts in parallel; each runs in the venue's own transaction ({@link PaperVenueTransaction})
 * and returns after its commit. Venues stay in memory between calls as long as their stored revision says they are
 * current — the database is the truth: after a restart, a failed call, or a change by another server, the venue is
 * read back from it.
 */
@ApplicationScoped
public class PaperVenues {

    private static final Logger LOG = Logger.getLogger(PaperVenues.class.getName());

    @Inject
    PaperVenueTransaction transaction;

    @Inject
    PaperVenueRepository repository;

    @Inject
    PaperQuotes quotes;

    private final ConcurrentMap<UUID, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, PaperVenueTransaction.HeldVenue> held = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, List<Consumer<OrderReport>>> listeners = new ConcurrentHashMap<>();

    /** The gateway of a paper account (the caller has checked that it is one). */
    public BrokerGateway gateway(UUID accountId) {
        return new PaperGateway(accountId, this, quotes);
    }

    /**
     * Runs {@code call} on the account's venue, alone, in the venue's own transaction; returns its answer once the
     * venue's change is committed. In-process listeners of the account hear every report after the commit.
     */
    public <T> T call(UUID accountId, Function<PaperExchange, T> call) {
        ReentrantLock lock = locks.computeIfAbsent(accountId, id -> new ReentrantLock());
        lock.lock();
        boolean committed = false;
        try {
            PaperVenueTransaction.Outcome<T> outcome = transaction.run(accountId, held.get(accountId), call);
            held.put(accountId, outcome.venue());
            committed = true;
            outcome.reports().forEach(report -> tell(accountId, report));
            return outcome.answer();
        } finally {
            if (!committed) {
                // whatever failed, even the commit (a checked RollbackException through the proxy): the venue in
                // memory may hold what the rollback undid, so it is read back next time
                held.remove(accountId);
            }
            lock.unlock();
        }
    }

    public void listen(UUID accountId, Consumer<OrderReport> listener) {
        listeners.computeIfAbsent(accountId, id -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** The market moved: every account with working orders in these symbols meets the quotes, each on its own. */
    public void match(List<Quote> moved) {
        if (moved.isEmpty()) {
            return;
        }
        Set<String> symbols = moved.stream().map(Quote::symbol).collect(Collectors.toSet());
        for (UUID accountId : repository.accountsWithWorkingOrdersIn(symbols)) {
            isolated(accountId, venue -> moved.stream().flatMap(q -> venue.onQuote(q).stream()).toList());
        }
    }

    /**
     * DAY orders whose instrument's session closed since they were accepted expire, account by account: one query
     * for the orders accepted before the latest close, then each symbol's own close decides which accounts have any.
     */
    public void expireDayOrders(SessionCloses closes) {
        Optional<Instant> latest = closes.latest();
        if (latest.isEmpty()) {
            return;
        }
        Set<UUID> due = repository.dayOrdersAcceptedBefore(latest.get()).stream()
                .filter(o -> closes.expires(o.symbol(), o.oldestAcceptedAt()))
                .map(DayOrders::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
        for (UUID accountId : due) {
            isolated(accountId, venue -> venue.expireDayOrders(closes));
        }
    }

    /** One account's failure is logged and stops no other account; its venue tries again with the next move. */
    private void isolated(UUID accountId, Function<PaperExchange, List<OrderReport>> work) {
        try {
            call(accountId, work);
        } catch (Exception e) { // a failed commit too
            LOG.log(Level.WARNING, "paper venue of account " + accountId + " could not take a market move", e);
        }
    }

    private void tell(UUID accountId, OrderReport report) {
        for (Consumer<OrderReport> listener : listeners.getOrDefault(accountId, List.of())) {
            try {
                listener.accept(report);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "execution listener of account " + accountId + " failed on " + report, e);
            }
        }
    }
}
