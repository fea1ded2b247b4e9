package org.autopilot.trading.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.trading.api.RiskLimits;
import org.autopilot.trading.api.RiskScope;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.TradeOrder;
import org.autopilot.trading.domain.risk.PreTradeCheck;
import org.autopilot.trading.domain.risk.PriceBand;
import org.autopilot.trading.domain.risk.RiskDenial;
import org.autopilot.trading.domain.risk.RiskLimit;
import org.autopilot.trading.domain.risk.RiskOrder;
import org.autopilot.trading.domain.risk.RiskRepository;

/**
 * The pre-trade risk step every order passes right before it leaves: the account's limits, then the strategy's,
 * then the asset class's price band (checked with the account's limits). Runs in the account worker, one order at a
 * time per account, so its counts cannot race with the account's other orders.
 */
@ApplicationScoped
public class PreTradeRisk {

    private final PreTradeCheck check = new PreTradeCheck();

    @Inject
    RiskRepository risk;

    @Inject
    ExecutionRepository executions;

    /** The first denial of the order, if any; {@code strategyId} is {@code null} for an operator's order. */
    public Optional<RiskDenial> check(TradeOrder order, UUID strategyId, AssetClass assetClass, BrokerGateway gateway,
                                      Instant now) {
        RiskOrder candidate = new RiskOrder(order.symbol(), order.side(), order.quantity(), order.type(),
                order.limitPrice(), order.stopPrice(), order.leg().reducing());
        BigDecimal band = assetClass == null ? null : risk.priceBand(assetClass).map(PriceBand::percent).orElse(null);
        RiskLimits accountLimits = limits(RiskScope.ACCOUNT, order.accountId());
        Optional<RiskDenial> denial = check.check(candidate, accountLimits, "account",
                new ScopeRiskFacts(RiskScope.ACCOUNT, order.accountId(), gateway, risk, executions, now), band, now);
        if (denial.isPresent() || strategyId == null) {
            return denial;
        }
        return check.check(candidate, limits(RiskScope.STRATEGY, strategyId), "strategy",
                new ScopeRiskFacts(RiskScope.STRATEGY, strategyId, gateway, risk, executions, now), null, now);
    }

    private RiskLimits limits(RiskScope scope, UUID scopeId) {
        return risk.limit(scope, scopeId.toString()).map(RiskLimit::limits).orElse(RiskLimits.none());
    }
}
