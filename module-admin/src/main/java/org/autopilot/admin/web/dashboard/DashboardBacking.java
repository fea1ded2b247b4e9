package org.autopilot.admin.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.trading.api.AccountStatus;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.OperationsMonitor;
import org.autopilot.trading.api.OrderView;
import org.autopilot.trading.api.PositionView;
import org.autopilot.trading.api.SignalQuery;
import org.autopilot.trading.api.SignalSummary;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;

/**
 * One refresh of the dashboard (the page polls every 2 seconds): every account's status, all open positions and
 * working orders across accounts, and the latest signals.
 */
@Named
@RequestScoped
public class DashboardBacking {

    private static final int LATEST_SIGNALS = 12;

    @Inject
    OperationsMonitor monitor;

    @Inject
    ExecutionLog log;

    @Inject
    TradingControl control;

    private List<AccountStatus> accounts;
    private Map<UUID, String> names;
    private Instant refreshedAt;

    @PostConstruct
    void refresh() {
        accounts = monitor.accounts();
        names = accounts.stream().collect(Collectors.toMap(AccountStatus::accountId, AccountStatus::name));
        refreshedAt = Instant.now();
    }

    public List<AccountStatus> getAccounts() {
        return accounts;
    }

    public List<PositionView> getPositions() {
        return accounts.stream().flatMap(a -> a.positions().stream()).filter(p -> p.quantity().signum() != 0).toList();
    }

    public List<OrderView> getWorkingOrders() {
        return accounts.stream().flatMap(a -> a.workingOrders().stream()).toList();
    }

    public List<SignalSummary> getSignals() {
        return log.signals(SignalQuery.latest(LATEST_SIGNALS));
    }

    public TradingState getPlatform() {
        return control.platform().state();
    }

    public String name(UUID accountId) {
        return names.getOrDefault(accountId, accountId.toString());
    }

    /** Sum over accounts of a money column (accounts the broker did not answer for are left out). */
    public BigDecimal total(String column) {
        return accounts.stream().map(a -> switch (column) {
            case "equity" -> a.equity();
            case "dayPnl" -> a.dayPnl();
            default -> throw new IllegalArgumentException(column);
        }).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long getProblems() {
        return accounts.stream().filter(a -> a.problem() != null || a.workerWanted() != a.workerRunning()).count();
    }

    /** CSS class of a signed amount: gains green, losses red. */
    public String sign(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? "" : amount.signum() > 0 ? "ap-gain" : "ap-loss";
    }

    public String getRefreshedAt() {
        return refreshedAt.toString().substring(11, 19);
    }
}
