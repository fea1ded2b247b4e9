package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.BracketRequest;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.trading.api.SwitchVerdict;
import org.autopilot.trading.application.control.KillSwitchBoard;
import org.autopilot.trading.application.control.PreTradeRisk;
import org.autopilot.trading.application.notify.NotificationCenter;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.OrderEvent;
import org.autopilot.trading.domain.execution.TradeOrder;
import org.autopilot.trading.domain.risk.RiskDenial;
import org.autopilot.trading.domain.risk.RiskRule;

/**
 * The last step of a planned order: after a redelivery, ask the broker whether it already has it; then pre-trade
 * risk; then, under the kill-switch gate, the switches' verdict and the submit. A denied order is never sent, keeps
 * the reason (rule, limit, observed value — or the switch) and is audited. A breach of the account's max daily loss
 * switches the account to REDUCING (exits only) if it was ACTIVE ({@link DailyLossWatch}).
 */
@ApplicationScoped
public class OrderSender {

    /** Who the audit names for what the platform decided by itself. */
    static final String SYSTEM = "system";

    @Inject
    ExecutionRepository executions;

    @Inject
    ReportApplier reports;

    @Inject
    KillSwitchBoard board;

    @Inject
    PreTradeRisk risk;

    @Inject
    AuditTrail audit;

    @Inject
    NotificationCenter notifications;

    @Inject
    DailyLossWatch dailyLoss;

    /** Where an order came from: its strategy and subscription decide which switches and limits apply. */
    public record Origin(UUID strategyId, UUID subscriptionId, AssetClass assetClass) {
    }

    /** Sends the order unless a switch or a limit denies it; answers the denial's reason if it was denied. */
    public Optional<String> send(TradeOrder order, Origin origin, BrokerGateway gateway, boolean askFirst) {
        Optional<OrderReport> known = askFirst ? gateway.orderStatus(order.clientOrderId()) : Optional.empty();
        if (known.isPresent()) {
            executions.add(OrderEvent.of(order, OrderEvent.Kind.NOTE,
                    "already at the broker after a redelivery; not sent again", Instant.now()));
            reports.applyAnswer(order, known.get());
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<RiskDenial> denial = risk.check(order, origin.strategyId(), origin.assetClass(), gateway, now);
        if (denial.isPresent()) {
            deny(order, denial.get().describe(), now);
            if (denial.get().rule() == RiskRule.MAX_DAILY_LOSS) {
                dailyLoss.reduce(order.accountId(), denial.get());
            }
            return Optional.of(denial.get().describe());
        }
        OrderRequest request = order.toRequest();
        SwitchVerdict blocked = board.guarded(() -> {
            SwitchVerdict verdict = board.verdict(order.accountId(), origin.strategyId(), origin.subscriptionId());
            if (!verdict.allows(order.leg().reducing())) {
                return verdict;
            }
            order.markSent(Instant.now());
            executions.add(OrderEvent.of(order, OrderEvent.Kind.REQUEST, describe(request), Instant.now()));
            reports.applyAnswer(order, gateway.submit(request));
            return null;
        });
        if (blocked != null) {
            deny(order, blocked.describe(), now);
            return Optional.of(blocked.describe());
        }
        return Optional.empty();
    }

    private void deny(TradeOrder order, String why, Instant now) {
        executions.add(OrderEvent.of(order, OrderEvent.Kind.DENIAL, why, now));
        order.dropUnsent(why, now);
        audit.record(AuditEvent.now(SYSTEM, "order.denied", "order", order.clientOrderId(), why,
                null, ReportApplier.label(order)));
        notifications.denied(order.accountId(), ReportApplier.label(order), why);
    }

    /** The request as an operator reads it: "submit BUY 5 AAPL LIMIT 190.5 GTC, bracket TP 200 / SL 185". */
    static String describe(OrderRequest r) {
        StringBuilder text = new StringBuilder("submit ").append(r.side()).append(' ')
                .append(r.quantity().stripTrailingZeros().toPlainString()).append(' ').append(r.symbol()).append(' ')
                .append(r.type());
        if (r.limitPrice() != null) {
            text.append(" limit ").append(r.limitPrice().toPlainString());
        }
        if (r.stopPrice() != null) {
            text.append(" stop ").append(r.stopPrice().toPlainString());
        }
        text.append(' ').append(r.timeInForce());
        BracketRequest b = r.bracket();
        if (b != null) {
            text.append(", bracket");
            if (b.takeProfitLimit() != null) {
                text.append(" TP ").append(b.takeProfitLimit().toPlainString());
            }
            if (b.hasStopLoss()) {
                text.append(" SL ").append(b.stopLossStop() != null ? b.stopLossStop().toPlainString()
                        : b.stopLossTrailAmount() != null ? "trail " + b.stopLossTrailAmount().toPlainString()
                        : "trail " + b.stopLossTrailPercent().toPlainString() + "%");
            }
        }
        return text.toString();
    }
}
