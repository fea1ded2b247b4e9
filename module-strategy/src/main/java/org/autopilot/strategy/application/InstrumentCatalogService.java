package org.autopilot.strategy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.autopilot.strategy.api.StaleVersionException;
import org.autopilot.strategy.domain.Instrument;
import org.autopilot.strategy.domain.InstrumentRepository;

/** Registers, revises and looks up instruments; registrations and revisions are audited with before and after. */
@ApplicationScoped
@Transactional
public class InstrumentCatalogService implements InstrumentCatalog {

    @Inject
    InstrumentRepository instruments;

    @Inject
    AuditTrail audit;

    @Override
    public InstrumentView register(InstrumentSpec spec, String actor) {
        if (instruments.bySymbol(spec.symbol()).isPresent()) {
            throw new IllegalArgumentException("instrument " + spec.symbol() + " is already registered");
        }
        Instrument instrument = Instrument.register(spec);
        instruments.add(instrument);
        InstrumentView view = instrument.toView();
        audit.record(AuditEvent.now(actor, "instrument.registered", "instrument", view.id().toString(),
                "new instrument " + spec.symbol(), null, view.toString()));
        return view;
    }

    @Override
    public InstrumentView update(String symbol, long expectedVersion, InstrumentSpec spec, String actor) {
        Instrument instrument = instruments.bySymbol(symbol)
                .orElseThrow(() -> new IllegalArgumentException("no instrument " + symbol));
        InstrumentView before = instrument.toView();
        if (before.version() != expectedVersion) {
            throw new StaleVersionException("instrument " + symbol + " is at version " + before.version()
                    + ", the change was made from version " + expectedVersion + "; read it again");
        }
        if (!instrument.revise(spec)) {
            return before;
        }
        instruments.store(instrument);
        InstrumentView after = instrument.toView();
        audit.record(AuditEvent.now(actor, "instrument.updated", "instrument", before.id().toString(),
                "specification of " + symbol + " changed", before.toString(), after.toString()));
        return after;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InstrumentView> bySymbol(String symbol) {
        return instruments.bySymbol(symbol).map(Instrument::toView);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InstrumentView> all() {
        return instruments.all().stream().map(Instrument::toView).toList();
    }
}
