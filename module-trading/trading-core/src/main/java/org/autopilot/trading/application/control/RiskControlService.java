package org.autopilot.trading.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.PriceBandView;
import org.autopilot.trading.api.RiskControl;
import org.autopilot.trading.api.RiskLimits;
import org.autopilot.trading.api.RiskLimitsView;
import org.autopilot.trading.api.RiskScope;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.domain.risk.PriceBand;
import org.autopilot.trading.domain.risk.RiskLimit;
import org.autopilot.trading.domain.risk.RiskRepository;

/** Risk limits and price bands; each change commits with its audit event (before and after). */
@ApplicationScoped
@Transactional
public class RiskControlService implements RiskControl {

    private static final String WHAT = "risk limits";

    @Inject
    RiskRepository risk;

    @Inject
    AuditTrail audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RiskLimitsView limits(RiskScope scope, String scopeId) {
        return risk.limit(scope, scopeId).map(RiskLimit::toView)
                .orElseGet(() -> new RiskLimitsView(scope, scopeId, RiskLimits.none(), null, null, -1));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RiskLimitsView> allLimits() {
        return risk.allLimits().stream().map(RiskLimit::toView).toList();
    }

    @Override
    public RiskLimitsView change(RiskScope scope, String scopeId, RiskLimits limits, long expectedVersion,
                                 String actor) {
        if (scope == null || scopeId == null || limits == null) {
            throw new InvalidSetting("scope", "risk limits need a scope (ACCOUNT or STRATEGY), its id and the limits");
        }
        limits.validFor(scope);
        RiskLimit limit = risk.limit(scope, scopeId).orElse(null);
        long current = limit == null ? -1 : limit.version();
        if (current != expectedVersion) {
            throw new StaleEdit(WHAT, expectedVersion, current);
        }
        RiskLimits before = limit == null ? RiskLimits.none() : limit.limits();
        if (limit == null) {
            limit = RiskLimit.of(scope, scopeId);
            limit.set(limits, actor, Instant.now());
            risk.add(limit);
        } else {
            limit.set(limits, actor, Instant.now());
        }
        risk.store(limit);
        audit.record(new AuditEvent(UUID.randomUUID(), Instant.now(), actor, "risk-limits.changed",
                "risk-limits", scope + ":" + scopeId, "pre-trade limits of the " + scope.name().toLowerCase(),
                before.toString(), limits.toString()));
        return limit.toView();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PriceBandView> priceBands() {
        return risk.priceBands().stream().map(PriceBand::toView).toList();
    }

    @Override
    public PriceBandView changePriceBand(AssetClass assetClass, BigDecimal percent, String actor) {
        if (assetClass == null) {
            throw new InvalidSetting("assetClass", "a price band needs an asset class: STOCK, CRYPTO, FUTURE or FOREX");
        }
        PriceBand band = risk.priceBand(assetClass).orElseThrow(
                () -> new IllegalStateException("no price band row for " + assetClass + " (trading migration V10)"));
        BigDecimal before = band.percent();
        band.change(percent, actor, Instant.now());
        audit.record(AuditEvent.now(actor, "price-band.changed", "price-band", assetClass.name(),
                "fat-finger band of " + assetClass, before.toPlainString() + "%", percent.toPlainString() + "%"));
        return band.toView();
    }
}
