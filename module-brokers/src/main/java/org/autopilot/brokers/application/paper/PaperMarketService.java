package org.autopilot.brokers.application.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.brokers.api.PaperMarket;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.domain.paper.RandomWalk;
import org.autopilot.brokers.domain.paper.ReferencePrices;
import org.autopilot.brokers.domain.paper.SessionCloses;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;

/**
 * The paper market. Opens with a quote for every active instrument at its reference price; on every tick of its
 * {@link PaperMarketClock} it takes one random-walk step for every instrument (while the walk runs), re-reads the
 * instrument catalogue once a minute, and expires the working DAY orders accepted before the last close of their
 * own instrument's sessions (in its exchange's zone; 24/7 instruments close at midnight there; also after the
 * server was down over a close, and again at the next tick for an account whose expiry failed). Every move runs the
 * paper accounts' working orders against the new quotes, each account in its own transaction.
 */
@ApplicationScoped
public class PaperMarketService implements PaperMarket {

    private static final Logger LOG = Logger.getLogger(PaperMarketService.class.getName());
    private static final Duration CATALOG_REFRESH = Duration.ofMinutes(1);

    @Inject
    InstrumentCatalog catalog;

    @Inject
    PaperQuotes quotes;

    @Inject
    PaperVenues venues;

    /** Held while the market moves (a publish, a tick): never two moves at once, and no move after a stop. */
    private final ReentrantLock moving = new ReentrantLock();
    private final Map<String, BigDecimal> tickSizes = new ConcurrentHashMap<>();
    private final RandomWalk walk = new RandomWalk(System.nanoTime());
    private volatile boolean clocked;
    private volatile boolean walking;
    private Instant catalogReadAt;

    /** Opens the market: every active instrument gets its opening quote; a clocked market starts walking. */
    public void open(boolean clocked) {
        moving.lock();
        try {
            readCatalog(Instant.now());
            this.clocked = clocked;
            this.walking = clocked;
        } finally {
            moving.unlock();
        }
    }

    /** The clock stopped: the walk stops, and a move under way ends before this returns. */
    public void halt() {
        clocked = false;
        setRandomWalk(false);
    }

    @Override
    public Quote publish(Quote quote) {
        String symbol = quote.symbol();
        BigDecimal tick = Optional.ofNullable(tickSizes.get(symbol)).orElseGet(() -> catalog.bySymbol(symbol)
                .filter(InstrumentView::active).map(i -> i.spec().tickSize())
                .orElseThrow(() -> new IllegalArgumentException("no active instrument " + symbol
                        + ": the paper market quotes registered instruments only")));
        if (quote.bid().remainder(tick).signum() != 0 || quote.ask().remainder(tick).signum() != 0) {
            throw new IllegalArgumentException("quote " + quote.bid().toPlainString() + " / " + quote.ask().toPlainString()
                    + " of " + symbol + " is off the instrument's tick " + tick.stripTrailingZeros().toPlainString());
        }
        moving.lock();
        try {
            tickSizes.put(symbol, tick);
            quotes.put(quote);
            venues.match(List.of(quote));
        } finally {
            moving.unlock();
        }
        return quote;
    }

    @Override
    public void setRandomWalk(boolean running) {
        if (running && !clocked) {
            throw new IllegalStateException("the random walk has no clock: system property "
                    + PaperMarketClock.TICK_MS + " is 0");
        }
        moving.lock();
        try {
            if (walking != running) {
                walking = running;
                LOG.info(() -> "paper market random walk " + (running ? "started" : "stopped"));
            }
        } finally {
            moving.unlock();
        }
    }

    @Override
    public Optional<Quote> quote(String symbol) {
        return quotes.latest(symbol);
    }

    /** One tick; a failure is logged and the next tick tries again (an escaping exception would end the schedule). */
    public void tick() {
        moving.lock();
        try {
            Instant now = Instant.now();
            if (now.isAfter(catalogReadAt.plus(CATALOG_REFRESH))) {
                readCatalog(now);
            }
            if (walking) {
                List<Quote> moved = tickSizes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> walk.next(quotes.latest(e.getKey()).orElseThrow(), e.getValue(), now)).toList();
                moved.forEach(quotes::put);
                venues.match(moved);
            }
            venues.expireDayOrders(lastCloses(now));
        } catch (Exception e) { // a failed commit too: the schedule must go on
            LOG.log(Level.WARNING, "paper market tick failed; the next tick tries again", e);
        } finally {
            moving.unlock();
        }
    }

    private SessionCloses lastCloses(Instant now) {
        Map<String, Instant> closes = new HashMap<>();
        // every registered instrument, inactive ones included: their working DAY orders still expire
        quotes.instruments().forEach(spec ->
                closes.put(spec.symbol(), spec.sessions().lastClose(now, spec.exchangeZone())));
        return new SessionCloses(closes);
    }

    /** Admits every active instrument; one that has no quote yet opens at its reference price. */
    private void readCatalog(Instant now) {
        for (InstrumentView instrument : catalog.all()) {
            InstrumentSpec spec = instrument.spec();
            quotes.admit(spec);
            if (instrument.active()) {
                tickSizes.put(spec.symbol(), spec.tickSize());
                if (quotes.latest(spec.symbol()).isEmpty()) {
                    quotes.put(RandomWalk.around(spec.symbol(), ReferencePrices.of(spec.symbol()), spec.tickSize(), now));
                }
            }
        }
        catalogReadAt = now;
    }
}
