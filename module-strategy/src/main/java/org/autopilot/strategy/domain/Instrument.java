package org.autopilot.strategy.domain;

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
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;

/** A tradable instrument. Its specification is validated on creation ({@link InstrumentSpec}); symbols are unique. */
@Entity
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
        i.assetClass = spec.assetClass();
        i.currency = spec.currency();
        i.exchangeCode = spec.exchangeCode();
        i.exchangeZone = spec.exchangeZone().getId();
        i.tickSize = spec.tickSize();
        i.lotStep = spec.lotStep();
        i.fractional = spec.fractional();
        i.active = true;
        return i;
    }

    public InstrumentView toView() {
        return new InstrumentView(id, new InstrumentSpec(symbol, assetClass, currency, exchangeCode,
                ZoneId.of(exchangeZone), tickSize.stripTrailingZeros(), lotStep.stripTrailingZeros(), fractional), active);
    }
}
