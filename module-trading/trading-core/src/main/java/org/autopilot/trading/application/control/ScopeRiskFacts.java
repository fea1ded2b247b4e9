package org.autopilot.trading.application.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.Quote;
import org.autopilot.trading.api.RiskScope;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.Position;
import org.autopilot.trading.domain.risk.RiskFacts;
import org.autopilot.trading.domain.risk.RiskRepository;

/**
 * The facts of one scope for one check, read only when a rule asks. An account's positions and exposure come from
 * Autopilot's positions (valued at their last price), its equity from its broker. A strategy has order counts and
 * quotes only (its limits cannot name position, exposure or daily loss).
 */
final class ScopeRiskFacts implements RiskFacts {

    private final RiskScope scope;
    private final UUID scopeId;
    private final BrokerGateway gateway;
    private final RiskRepository risk;
    private final ExecutionRepository executions;
    private final Instant now;

    ScopeRiskFacts(RiskScope scope, UUID scopeId, BrokerGateway gateway, RiskRepository risk,
                     ExecutionRepository executions, Instant now) {
        this.scope = scope;
        this.scopeId = scopeId;
        this.gateway = gateway;
        this.risk = risk;
        this.executions = executions;
        this.now = now;
    }

    @Override
    public int openOrders() {
        return risk.openOrders(scope, scopeId);
    }

    @Override
    public int ordersSentSince(Instant since) {
        return risk.ordersSentSince(scope, scopeId, since);
    }

    @Override
    public int identicalOrdersSentSince(String symbol, OrderSide side, BigDecimal quantity, Instant since) {
        return risk.identicalOrdersSentSince(scope, scopeId, symbol, side, quantity, since);
    }

    @Override
    public BigDecimal position(String symbol) {
        return executions.position(accountId(), symbol).map(Position::quantity).orElse(BigDecimal.ZERO);
    }

    @Override
    public BigDecimal grossExposure() {
        return executions.positionsOfAccount(accountId()).stream()
                .map(p -> p.quantity().abs().multiply(p.lastPrice() != null ? p.lastPrice() : p.averagePrice()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public BigDecimal dailyPnl() {
        BigDecimal equity = gateway.account().equity();
        return equity.subtract(risk.observeEquity(accountId(), now, equity).openingEquity());
    }

    @Override
    public Optional<BigDecimal> lastPrice(String symbol) {
        return gateway.quote(symbol).map(Quote::mid);
    }

    private UUID accountId() {
        if (scope != RiskScope.ACCOUNT) {
            throw new IllegalStateException("a strategy has no positions or equity of its own");
        }
        return scopeId;
    }
}
