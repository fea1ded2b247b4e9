package org.autopilot.admin.web.market;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;

/**
 * What the instrument dialog edits: a new instrument, or a change of a registered one made from the version it
 * was read at. Codes are taken in upper case; {@link InstrumentSpec} decides what is valid.
 */
public class InstrumentDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean registered;
    private final long version;
    private String symbol;
    private AssetClass assetClass;
    private String currency;
    private String exchangeCode;
    private String exchangeZone;
    private String sessions;
    private BigDecimal tickSize;
    private BigDecimal lotStep;
    private boolean fractional;

    private InstrumentDraft(boolean registered, long version) {
        this.registered = registered;
        this.version = version;
    }

    /** A new stock traded in whole units, the most common case. */
    public static InstrumentDraft blank() {
        InstrumentDraft d = new InstrumentDraft(false, 0);
        d.assetClass = AssetClass.STOCK;
        d.currency = "USD";
        d.lotStep = BigDecimal.ONE;
        return d;
    }

    public static InstrumentDraft of(InstrumentView instrument) {
        InstrumentSpec spec = instrument.spec();
        InstrumentDraft d = new InstrumentDraft(true, instrument.version());
        d.symbol = spec.symbol();
        d.assetClass = spec.assetClass();
        d.currency = spec.currency();
        d.exchangeCode = spec.exchangeCode();
        d.exchangeZone = spec.exchangeZone().getId();
        d.sessions = spec.sessions().toString();
        d.tickSize = spec.tickSize();
        d.lotStep = spec.lotStep();
        d.fractional = spec.fractional();
        return d;
    }

    /** @throws IllegalArgumentException naming the first invalid field */
    public InstrumentSpec toSpec() {
        return new InstrumentSpec(upper(symbol), assetClass, upper(currency), upper(exchangeCode),
                exchangeZone == null ? null : ZoneId.of(exchangeZone),
                sessions == null ? null : ExchangeSessions.parse(sessions), tickSize, lotStep, fractional);
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether this edits a registered instrument (whose symbol is fixed) rather than a new one. */
    public boolean isRegistered() {
        return registered;
    }

    public long getVersion() {
        return version;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public AssetClass getAssetClass() {
        return assetClass;
    }

    public void setAssetClass(AssetClass assetClass) {
        this.assetClass = assetClass;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getExchangeCode() {
        return exchangeCode;
    }

    public void setExchangeCode(String exchangeCode) {
        this.exchangeCode = exchangeCode;
    }

    public String getExchangeZone() {
        return exchangeZone;
    }

    public void setExchangeZone(String exchangeZone) {
        this.exchangeZone = exchangeZone;
    }

    public String getSessions() {
        return sessions;
    }

    public void setSessions(String sessions) {
        this.sessions = sessions;
    }

    public BigDecimal getTickSize() {
        return tickSize;
    }

    public void setTickSize(BigDecimal tickSize) {
        this.tickSize = tickSize;
    }

    public BigDecimal getLotStep() {
        return lotStep;
    }

    public void setLotStep(BigDecimal lotStep) {
        this.lotStep = lotStep;
    }

    public boolean isFractional() {
        return fractional;
    }

    public void setFractional(boolean fractional) {
        this.fractional = fractional;
    }
}
