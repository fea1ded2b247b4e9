package org.autopilot.brokers.application.paper;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Opens the paper market at deployment, so that quotes exist before the first order, and ticks it every
 * {@value #TICK_MS} milliseconds (system property, default 1000; 0 = no automatic ticks: no random walk and no
 * automatic DAY expiry, the market moves only by {@code PaperMarket.publish}). An EJB only for the start at
 * deployment; the market itself is a CDI bean, so that its callers see its exceptions unwrapped.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaperMarketClock {

    public static final String TICK_MS = "autopilot.paper.tick-ms";

    private static final Logger LOG = Logger.getLogger(PaperMarketClock.class.getName());

    @Inject
    PaperMarketService market;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        long tickMs = tickMillis();
        market.open(tickMs > 0);
        if (tickMs > 0) {
            // fixed delay: a slow tick delays the next one instead of piling up behind it
            ticking = scheduler.scheduleWithFixedDelay(market::tick, tickMs, tickMs, TimeUnit.MILLISECONDS);
        }
        LOG.info(() -> "paper market open, " + (tickMs > 0 ? "ticking every " + tickMs + " ms" : "no automatic ticks"));
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        market.halt();
    }

    private static long tickMillis() {
        String value = System.getProperty(TICK_MS, "1000").strip();
        try {
            long millis = Long.parseLong(value);
            if (millis >= 0) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // reported below, with the rule
        }
        throw new IllegalStateException("system property " + TICK_MS
                + " must be 0 (no automatic ticks) or a positive number of milliseconds, got '" + value + "'");
    }
}
