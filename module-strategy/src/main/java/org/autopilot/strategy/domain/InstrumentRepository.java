package org.autopilot.strategy.domain;

import java.util.List;
import java.util.Optional;

/** Instruments in storage. */
public interface InstrumentRepository {

    void add(Instrument instrument);

    /**
     * Writes a revised instrument now, so that its version is the stored one.
     *
     * @throws org.autopilot.strategy.api.StaleVersionException when another transaction changed it meanwhile
     */
    void store(Instrument instrument);

    Optional<Instrument> bySymbol(String symbol);

    List<Instrument> all();
}
