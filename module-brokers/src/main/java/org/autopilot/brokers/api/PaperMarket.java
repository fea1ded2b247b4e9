package org.autopilot.brokers.api;

import java.util.Optional;

/**
 * The market the paper venues trade against: one quote per instrument, from deployment on (the opening quote sits
 * at the instrument's reference price). A seeded random walk moves every quote each {@code autopilot.paper.tick-ms}
 * milliseconds (system property, default 1000; 0 = no automatic ticks); tests and demos move prices themselves with
 * {@link #publish}. Every move runs the working orders of every paper account against the new quotes, each account
 * in its own transaction, and sends what filled to the execution-report stream.
 */
public interface PaperMarket {

    /**
     * Sets the quote of a symbol now and runs every paper account's working orders in it against the quote; returns
     * once each account's outcome is stored. The random walk goes on from this quote.
     *
     * @throws IllegalArgumentException for a symbol that is not a registered instrument, or a bid or ask off the
     *         instrument's tick
     */
    Quote publish(Quote quote);

    /** Starts or stops the random walk; once stopped, no walk step runs any more when this returns. */
    void setRandomWalk(boolean running);

    Optional<Quote> quote(String symbol);
}
