package org.autopilot.trading.domain.risk;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.trading.api.RiskLimits;
import org.autopilot.trading.api.RiskLimitsView;
import org.autopilot.trading.api.RiskScope;

/** The stored limits of one account or strategy. Guarantees: valid for its scope, and versioned against lost edits. */
@Entity
@Cacheable
@Table(name = "risk_limit")
public class RiskLimit {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_level", nullable = false, updatable = false)
    private RiskScope scope;

    @Column(name = "scope_id", nullable = false, updatable = false)
    private String scopeId;

    @Column(name = "max_order_quantity")
    private BigDecimal maxOrderQuantity;

    @Column(name = "max_order_notional")
    private BigDecimal maxOrderNotional;

    @Column(name = "max_position")
    private BigDecimal maxPosition;

    @Column(name = "max_gross_exposure")
    private BigDecimal maxGrossExposure;

    @Column(name = "max_open_orders")
    private Integer maxOpenOrders;

    @Column(name = "max_orders_per_minute")
    private Integer maxOrdersPerMinute;

    @Column(name = "duplicate_window_seconds")
    private Integer duplicateWindowSeconds;

    @Column(name = "max_daily_loss")
    private BigDecimal maxDailyLoss;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected RiskLimit() {
    }

    public static RiskLimit of(RiskScope scope, String scopeId) {
        RiskLimit limit = new RiskLimit();
        limit.id = UUID.randomUUID();
        limit.scope = scope;
        limit.scopeId = scopeId;
        return limit;
    }

    public void set(RiskLimits limits, String actor, Instant at) {
        limits.validFor(scope);
        maxOrderQuantity = limits.maxOrderQuantity();
        maxOrderNotional = limits.maxOrderNotional();
        maxPosition = limits.maxPosition();
        maxGrossExposure = limits.maxGrossExposure();
        maxOpenOrders = limits.maxOpenOrders();
        maxOrdersPerMinute = limits.maxOrdersPerMinute();
        duplicateWindowSeconds = limits.duplicateWindowSeconds();
        maxDailyLoss = limits.maxDailyLoss();
        changedBy = actor;
        changedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public RiskLimits limits() {
        return new RiskLimits(maxOrderQuantity, maxOrderNotional, maxPosition, maxGrossExposure, maxOpenOrders,
                maxOrdersPerMinute, duplicateWindowSeconds, maxDailyLoss);
    }

    public long version() {
        return version;
    }

    public RiskLimitsView toView() {
        return new RiskLimitsView(scope, scopeId, limits(), changedBy, changedAt, version);
    }
}
