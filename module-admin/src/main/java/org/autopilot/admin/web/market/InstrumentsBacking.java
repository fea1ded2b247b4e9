package org.autopilot.admin.web.market;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.autopilot.admin.web.forms.FormMessages;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.autopilot.strategy.api.StaleVersionException;

/**
 * The instrument catalogue: operators read it, admins register instruments and revise them in a dialog. A refused
 * specification shows its message next to the field and saves nothing; a revision of an instrument someone else
 * changed meanwhile is refused and the dialog shows the stored values.
 */
@Named
@ViewScoped
public class InstrumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "instrumentForm";
    /**
     * InstrumentSpec's messages start with the field's name; the fields have the same ids. Sessions come first: their
     * messages quote what was typed, which may name another field.
     */
    private static final List<Map.Entry<String, String>> FIELDS = List.of(Map.entry("sessions", "sessions"),
            Map.entry("already registered", "symbol"), Map.entry("symbol", "symbol"), Map.entry("assetClass", "assetClass"), Map.entry("currency", "currency"),
            Map.entry("exchangeCode", "exchangeCode"), Map.entry("exchangeZone", "exchangeZone"),
            Map.entry("tickSize", "tickSize"), Map.entry("lotStep", "lotStep"));
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    @Inject
    InstrumentCatalog catalog;

    @Inject
    SignedInStaff staff;

    private List<InstrumentView> instruments;
    private Map<String, SessionNow> sessionsNow;
    private InstrumentDraft draft = InstrumentDraft.blank();

    @PostConstruct
    void load() {
        instruments = catalog.all();
        Instant now = Instant.now();
        sessionsNow = instruments.stream().collect(Collectors.toMap(i -> i.spec().symbol(),
                i -> SessionNow.of(i.spec(), now)));
    }

    public void startNew() {
        draft = InstrumentDraft.blank();
    }

    public void startEdit(InstrumentView instrument) {
        draft = InstrumentDraft.of(instrument);
    }

    public void save() {
        if (!staff.has("admin")) {
            FormMessages.refusalAt(FORM, "Only administrators change instruments.");
            return;
        }
        try {
            InstrumentSpec spec = draft.toSpec();
            InstrumentView saved = draft.isRegistered()
                    ? catalog.update(draft.getSymbol(), draft.getVersion(), spec, staff.getUsername())
                    : catalog.register(spec, staff.getUsername());
            load();
            draft = InstrumentDraft.of(saved);
            FormMessages.done(null, "Instrument " + saved.spec().symbol() + " saved", "tick " + saved.spec().tickSize()
                    .toPlainString() + ", lot step " + saved.spec().lotStep().toPlainString());
        } catch (StaleVersionException e) {
            load();
            catalog.bySymbol(draft.getSymbol()).ifPresent(this::startEdit);
            FormMessages.refusalAt(FORM, "Someone else changed " + draft.getSymbol() + " meanwhile. The form now shows "
                    + "the stored values; make your change again.");
        } catch (IllegalArgumentException e) {
            FormMessages.refusal(FORM, e.getMessage(), FIELDS);
        }
    }

    public List<InstrumentView> getInstruments() {
        return instruments;
    }

    /** Whether each instrument's exchange is in session, by symbol, as of when the page read the catalogue. */
    public Map<String, SessionNow> getSessionsNow() {
        return sessionsNow;
    }

    public InstrumentDraft getDraft() {
        return draft;
    }

    public AssetClass[] getAssetClasses() {
        return AssetClass.values();
    }

    public List<String> getZones() {
        return ZONES;
    }
}
