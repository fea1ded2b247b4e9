package org.autopilot.strategy.api;

import java.util.List;
import java.util.Optional;

/** The instruments Autopilot can trade. */
public interface InstrumentCatalog {

    /**
     * Registers a new instrument.
     *
     * @throws IllegalArgumentException when the symbol is already registered
     */
    InstrumentView register(InstrumentSpec spec);

    Optional<InstrumentView> bySymbol(String symbol);

    /** All instruments, ordered by symbol. */
    List<InstrumentView> all();
}
