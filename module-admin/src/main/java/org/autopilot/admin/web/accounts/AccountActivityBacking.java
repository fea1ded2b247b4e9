package org.autopilot.admin.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.OrderView;
import org.autopilot.trading.api.PositionView;

/**
 * One account's activity: balances from its venue, positions with realized and open P&L, working and latest orders.
 * View scoped, so that the page's dialogs act on the same account; {@link #load} refreshes it after an action.
 */
@Named
@ViewScoped
public class AccountActivityBacking implements Serializable {

    @Inject
    BrokerAccounts accounts;

    @Inject
    BrokerGateways gateways;

    @Inject
    ExecutionLog log;

    private String id;
    private BrokerAccountView account;
    private AccountBalance balance;
    private List<PositionView> positions = List.of();
    private List<OrderView> orders = List.of();
    private List<OrderView> workingOrders = List.of();

    /** Loads the account named by the {@code id} parameter; an unknown or malformed id shows "not found". */
    public void load() {
        try {
            account = accounts.byId(UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            account = null;
        }
        if (account != null) {
            try {
                balance = gateways.forAccount(account.id()).account();
            } catch (IllegalArgumentException noAdapter) {
                balance = null;
            }
            positions = log.positions(account.id());
            orders = log.orders(account.id(), 200);
            workingOrders = log.workingOrders(account.id());
        }
    }

    public BigDecimal getRealizedPnl() {
        return positions.stream().map(PositionView::realizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getUnrealizedPnl() {
        return positions.stream().map(PositionView::unrealizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<OrderView> getWorkingOrders() {
        return workingOrders;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BrokerAccountView getAccount() {
        return account;
    }

    public AccountBalance getBalance() {
        return balance;
    }

    public List<PositionView> getPositions() {
        return positions;
    }

    public List<OrderView> getOrders() {
        return orders;
    }
}
