package org.autopilot.admin.web.market;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentView;

/** The instrument catalogue, read-only for now. */
@Named
@RequestScoped
public class InstrumentsBacking {

    @Inject
    InstrumentCatalog catalog;

    private List<InstrumentView> instruments;

    @PostConstruct
    void load() {
        instruments = catalog.all();
    }

    public List<InstrumentView> getInstruments() {
        return instruments;
    }
}
