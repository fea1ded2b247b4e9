package org.autopilot.strategy.api;

import java.util.List;
import java.util.Optional;

/** The instruments Autopilot can trade. Every change is audited as done by the given actor. */
public interface InstrumentCatalog {

    /**
     * Registers a new instrument.
     *
     * @throws IllegalArgumentException when the symbol is already registered
     */
    InstrumentView register(InstrumentSpec spec, String actor);

    /**
     * Changes an instrument's specification; its symbol never changes (register a new instrument instead). An
     * unchanged specification changes and records nothing.
     *
     * @param expectedVersion the {@link InstrumentView#version()} the change was made from
     * @throws IllegalArgumentException for an unknown symbol or a specification naming another symbol
     * @throws StaleVersionException when the instrument changed since that version
     */
    InstrumentView update(String symbol, long expectedVersion, InstrumentSpec spec, String actor);

    Optional<InstrumentView> bySymbol(String symbol);

    /** All instruments, ordered by symbol. */
    List<InstrumentView> all();
}
