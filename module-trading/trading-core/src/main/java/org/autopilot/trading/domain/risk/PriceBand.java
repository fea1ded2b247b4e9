package org.autopilot.trading.domain.risk;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.PriceBandView;

/** The fat-finger band of one asset class: a priced order further than this from the last quote is denied. */
@Entity
@Cacheable
@Table(name = "risk_price_band")
public class PriceBand {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "asset_class")
    private AssetClass assetClass;

    @Column(name = "band_percent", nullable = false)
    private BigDecimal percent;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PriceBand() {
    }

    public void change(BigDecimal newPercent, String actor, Instant at) {
        if (newPercent == null || newPercent.signum() <= 0 || newPercent.compareTo(HUNDRED) > 0) {
            throw new InvalidSetting("percent", "a price band is a percent greater than 0 and at most 100");
        }
        percent = newPercent;
        changedBy = actor;
        changedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public BigDecimal percent() {
        return percent;
    }

    public PriceBandView toView() {
        return new PriceBandView(assetClass, percent, changedBy, changedAt);
    }
}
