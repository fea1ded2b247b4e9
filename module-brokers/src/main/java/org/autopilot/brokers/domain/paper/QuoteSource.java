package org.autopilot.brokers.domain.paper;

import java.util.Optional;
import org.autopilot.brokers.api.Quote;

/** Where a paper venue reads the market: the latest quote of a symbol, shared by every account of the market. */
@FunctionalInterface
public interface QuoteSource {

    Optional<Quote> latest(String symbol);
}
