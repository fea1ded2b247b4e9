package org.autopilot.brokers.application.paper;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.domain.paper.QuoteSource;
import org.autopilot.strategy.api.InstrumentSpec;

/**
 * The paper market's latest quote per symbol, and the registered instruments it knows (inactive ones included). In
 * memory only: the quotes are the market, which opens afresh at the reference prices on every start; the venues'
 * books are what must survive. The market writes, the venues read.
 */
@ApplicationScoped
public class PaperQuotes implements QuoteSource {

    private final ConcurrentMap<String, Quote> quotes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, InstrumentSpec> instruments = new ConcurrentHashMap<>();

    @Override
    public Optional<Quote> latest(String symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }

    public void put(Quote quote) {
        quotes.put(quote.symbol(), quote);
    }

    @Override
    public Optional<InstrumentSpec> instrument(String symbol) {
        return Optional.ofNullable(instruments.get(symbol));
    }

    /** Every instrument the market has read from the catalogue. */
    public Collection<InstrumentSpec> instruments() {
        return instruments.values();
    }

    /** The catalogue's current version of an instrument. */
    public void admit(InstrumentSpec instrument) {
        instruments.put(instrument.symbol(), instrument);
    }
}
