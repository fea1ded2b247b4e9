package org.autopilot.strategy.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.UUID;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;

/**
 * A tradable instrument. Its specification is always a valid {@link InstrumentSpec}; its symbol is unique and never
 * changes, everything else may be revised.
 */
@Entity
@Cacheable
@Table(name = "instrument")
public class Instrument {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String symbol;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_class", nullable = false)
    private AssetClass assetClass;

    @Column(nullable = false)
    private String currency;

    @Column(name = "exchange_code", nullable = false)
    private String exchangeCode;

    @Column(name = "exchange_zone", nullable = false)
    private String exchangeZone;

    /** The canonical text of {@link ExchangeSessions}. */
    @Column(nullable = false)
    private String sessions;

    @Column(name = "tick_size", nullable = false, precision = 24, scale = 12)
    private BigDecimal tickSize;

    @Column(name = "lot_step", nullable = false, precision = 24, scale = 12)
    private BigDecimal lotStep;

    @Column(nullable = false)
    private boolean fractional;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Instrument() {
    }

    public static Instrument register(InstrumentSpec spec) {
        Instrument i = new Instrument();
        i.id = UUID.randomUUID();
        i.symbol = spec.symbol();
        i.active = true;
        i.take(spec);
        return i;
    }

    /**
     * Takes every property of the specification but the symbol.
     *
     * @return whether anything changed (tick and lot compare by value: 0.010 is 0.01)
     * @throws IllegalArgumentException when the specification names another symbol
     */
    public boolean revise(InstrumentSpec spec) {
        if (!symbol.equals(spec.symbol())) {
            throw new IllegalArgumentException("symbol cannot change (" + symbol + " -> " + spec.symbol()
                    + "); register a new instrument instead");
        }
        if (spec().equals(normalized(spec))) {
            return false;
        }
        take(spec);
        return true;
    }

    private void take(InstrumentSpec spec) {
        assetClass = spec.assetClass();
        currency = spec.currency();
        exchangeCode = spec.exchangeCode();
        exchangeZone = spec.exchangeZone().getId();
        sessions = spec.sessions().toString();
        tickSize = spec.tickSize();
        lotStep = spec.lotStep();
        fractional = spec.fractional();
    }

    public long version() {
        return version;
    }

    public InstrumentView toView() {
        return new InstrumentView(id, spec(), active, version);
    }

    private InstrumentSpec spec() {
        return normalized(new InstrumentSpec(symbol, assetClass, currency, exchangeCode, ZoneId.of(exchangeZone),
                ExchangeSessions.parse(sessions), tickSize, lotStep, fractional));
    }

    private static InstrumentSpec normalized(InstrumentSpec spec) {
        return new InstrumentSpec(spec.symbol(), spec.assetClass(), spec.currency(), spec.exchangeCode(),
                spec.exchangeZone(), spec.sessions(), plain(spec.tickSize()), plain(spec.lotStep()), spec.fractional());
    }

    /** Without trailing zeros, and without an exponent for whole numbers (1000, not 1E+3). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
