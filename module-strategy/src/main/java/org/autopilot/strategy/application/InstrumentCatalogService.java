package org.autopilot.strategy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.autopilot.strategy.domain.Instrument;
import org.autopilot.strategy.domain.InstrumentRepository;

/** Registers and looks up instruments. */
@ApplicationScoped
@Transactional
public class InstrumentCatalogService implements InstrumentCatalog {

    @Inject
    InstrumentRepository instruments;

    @Override
    public InstrumentView register(InstrumentSpec spec) {
        if (instruments.bySymbol(spec.symbol()).isPresent()) {
            throw new IllegalArgumentException("instrument " + spec.symbol() + " is already registered");
        }
        Instrument instrument = Instrument.register(spec);
        instruments.add(instrument);
        return instrument.toView();
    }

    @Override
    public Optional<InstrumentView> bySymbol(String symbol) {
        return instruments.bySymbol(symbol).map(Instrument::toView);
    }

    @Override
    public List<InstrumentView> all() {
        return instruments.all().stream().map(Instrument::toView).toList();
    }
}
