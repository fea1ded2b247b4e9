package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerConnectionView;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.brokers.api.EndpointHealth;
import org.autopilot.brokers.api.EndpointProbe;
import org.autopilot.trading.api.AccountStatus;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.OperationsMonitor;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.application.control.KillSwitchBoard;
import org.autopilot.trading.application.control.TradingDays;
import org.autopilot.trading.domain.execution.DeliveryStatus;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.risk.TradingDay;

/**
 * The dashboard's view of every account. Balances come from each account's broker, asked one account at a time: a
 * broker that fails shows as a problem on its own row. Observing an account's equity also records the day's peak,
 * which is what its drawdown is measured from.
 */
@ApplicationScoped
public class OperationsMonitorService implements OperationsMonitor {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    BrokerAccounts accounts;

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerGateways gateways;

    @Inject
    EndpointProbe probe;

    @Inject
    ExecutionRepository executions;

    @Inject
    ExecutionLog log;

    @Inject
    TradingDays days;

    @Inject
    KillSwitchBoard board;

    @Inject
    WorkerStates workers;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountStatus> accounts() {
        Map<UUID, BrokerConnectionView> byId = connections.all().stream()
                .collect(Collectors.toMap(BrokerConnectionView::id, Function.identity()));
        Map<UUID, Map<DeliveryStatus, Long>> open = executions.openDeliveriesByAccount();
        return accounts.all().stream().sorted(Comparator.comparing(BrokerAccountView::name))
                .map(a -> status(a, byId.get(a.connectionId()), open.getOrDefault(a.id(), Map.of()))).toList();
    }

    private AccountStatus status(BrokerAccountView account, BrokerConnectionView connection,
                                 Map<DeliveryStatus, Long> open) {
        BigDecimal equity = null;
        BigDecimal cash = null;
        BigDecimal buyingPower = null;
        BigDecimal dayPnl = null;
        BigDecimal drawdown = null;
        String problem = null;
        try {
            AccountBalance balance = gateways.forAccount(account.id()).account();
            equity = balance.equity();
            cash = balance.cash();
            buyingPower = balance.buyingPower();
            TradingDay day = days.observe(account.id(), equity);
            dayPnl = equity.subtract(day.openingEquity());
            drawdown = day.peakEquity().signum() <= 0 ? BigDecimal.ZERO
                    : day.peakEquity().subtract(equity).multiply(HUNDRED).divide(day.peakEquity(), 2, RoundingMode.HALF_UP);
        } catch (RuntimeException e) {
            problem = "broker did not answer: " + e.getMessage();
        }
        return new AccountStatus(account.id(), account.name(), account.paper(), account.currency(),
                account.workerRunning(), workers.isRunning(account.id()),
                open.getOrDefault(DeliveryStatus.QUEUED, 0L), open.getOrDefault(DeliveryStatus.PENDING_APPROVAL, 0L),
                connectionState(connection), board.state(SwitchLevel.BROKER_ACCOUNT, account.id().toString()),
                equity, cash, buyingPower, dayPnl, drawdown, log.positions(account.id()),
                log.workingOrders(account.id()), problem);
    }

    /** "paper venue, in process", or the live endpoint's health: reachable with latency, down, or circuit open. */
    private String connectionState(BrokerConnectionView connection) {
        if (connection == null) {
            return "no connection";
        }
        if (!connection.enabled()) {
            return connection.name() + ": disabled";
        }
        if (connection.endpoint() == null) {
            return connection.venue().name().toLowerCase() + " venue, in process";
        }
        try {
            EndpointHealth health = probe.probe(connection.endpoint());
            return connection.name() + ": " + (health.reachable() ? "up, " + health.latency().toMillis() + " ms"
                    : "answers " + health.httpStatus());
        } catch (RuntimeException e) {
            return connection.name() + ": " + (e.getClass().getSimpleName().contains("CircuitBreakerOpen")
                    ? "circuit OPEN (failing fast)" : "down (" + e.getMessage() + ")");
        }
    }
}
