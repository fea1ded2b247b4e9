package org.autopilot.brokers.domain.paper;

import java.util.Optional;
import org.autopilot.brokers.api.Quote;
import org.autopilot.strategy.api.InstrumentSpec;

/** Where a paper venue reads the market: the latest quote of a symbol, shared by every account of the market. */
@FunctionalInterface
public interface QuoteSource {

    Optional<Quote> latest(String symbol);

    /** The registered instrument quoted as {@code symbol}, whose exchange sessions time OPG and CLS orders. */
    default Optional<InstrumentSpec> instrument(String symbol) {
        return Optional.empty();
    }
}
