package org.autopilot.strategy.domain;

import java.util.List;
import java.util.Optional;

/** Instruments in storage. */
public interface InstrumentRepository {

    void add(Instrument instrument);

    Optional<Instrument> bySymbol(String symbol);

    List<Instrument> all();
}
