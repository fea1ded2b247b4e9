package org.autopilot.admin.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.autopilot.admin.web.forms.FormMessages;
import org.autopilot.admin.web.forms.RiskLimitsForm;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.trading.api.Interventions;
import org.autopilot.trading.api.OrderView;
import org.autopilot.trading.api.PositionView;
import org.autopilot.trading.api.RiskControl;
import org.autopilot.trading.api.RiskLimits;
import org.autopilot.trading.api.RiskLimitsView;
import org.autopilot.trading.api.RiskScope;
import org.autopilot.trading.api.StaleEdit;

/**
 * An operator's actions on one account, from its activity page: close a position (fully or partly), cancel or modify
 * a working order, restart the worker, and edit the account's risk limits — each while other accounts keep trading,
 * each with a reason that goes to the audit trail.
 */
@Named
@ViewScoped
public class AccountActionsBacking implements Serializable {

    private static final List<Map.Entry<String, String>> LIMIT_FIELDS = List.of(
            Map.entry("maxOrderQuantity", "maxOrderQuantity"), Map.entry("maxOrderNotional", "maxOrderNotional"),
            Map.entry("maxPosition", "maxPosition"), Map.entry("maxGrossExposure", "maxGrossExposure"),
            Map.entry("maxOpenOrders", "maxOpenOrders"), Map.entry("maxOrdersPerMinute", "maxOrdersPerMinute"),
            Map.entry("duplicateWindowSeconds", "duplicateWindowSeconds"), Map.entry("maxDailyLoss", "maxDailyLoss"));

    @Inject
    Interventions interventions;

    @Inject
    RiskControl risk;

    @Inject
    BrokerAccounts accounts;

    @Inject
    AccountActivityBacking activity;

    @Inject
    SignedInStaff staff;

    private String symbol;
    private UUID orderId;
    private String orderLabel;
    private BigDecimal quantity;
    private BigDecimal limitPrice;
    private BigDecimal stopPrice;
    private String reason;
    private long limitsVersion = -1;
    private RiskLimitsForm limitsForm = new RiskLimitsForm();

    /** Reads the page's account's limits for the limits form (on the page's first request). */
    public void init() {
        if (activity.getAccount() == null) {
            return;
        }
        try {
            RiskLimitsView view = risk.limits(RiskScope.ACCOUNT, accountId());
            limitsVersion = view.version();
            limitsForm = RiskLimitsForm.of(view.limits());
        } catch (RuntimeException unreadable) {
            limitsForm = RiskLimitsForm.of(RiskLimits.none());
        }
    }

    public void prepareClose(PositionView position) {
        symbol = position.symbol();
        quantity = position.quantity().abs();
        reason = null;
    }

    public void close() {
        act("closeForm", () -> interventions.closePosition(UUID.fromString(accountId()), symbol, quantity, reason,
                staff.getUsername()), "Closing " + symbol + " at market");
    }

    public void prepareOrder(OrderView order) {
        orderId = order.id();
        orderLabel = order.side() + " " + order.quantity().toPlainString() + " " + order.symbol() + " " + order.type();
        quantity = order.quantity();
        limitPrice = order.limitPrice();
        stopPrice = order.stopPrice();
        reason = null;
    }

    public void cancelOrder() {
        act("orderForm", () -> interventions.cancelOrder(orderId, reason, staff.getUsername()), "Cancel sent for " + orderLabel);
    }

    public void modifyOrder() {
        act("orderForm", () -> interventions.modifyOrder(orderId, quantity, limitPrice, stopPrice, reason,
                staff.getUsername()), "Order modified: " + orderLabel);
    }

    /** Stops and starts the worker: its queue keeps pending work, the new worker resumes with the oldest message. */
    public void restartWorker() {
        UUID id = UUID.fromString(accountId());
        accounts.setWorkerRunning(id, false, staff.getUsername());
        accounts.setWorkerRunning(id, true, staff.getUsername());
        FormMessages.done(null, "Worker restarted", "The queue kept its pending work; the worker resumes with the oldest.");
        activity.load();
    }

    public void saveLimits() {
        try {
            RiskLimitsView saved = risk.change(RiskScope.ACCOUNT, accountId(), limitsForm.toLimits(), limitsVersion,
                    staff.getUsername());
            limitsVersion = saved.version();
            FormMessages.done(null, "Risk limits saved", "They apply to the next order this account sends.");
        } catch (StaleEdit stale) {
            FormMessages.refusalAt("limitsForm", stale.getMessage());
        } catch (IllegalArgumentException e) {
            FormMessages.refusal("limitsForm", e.getMessage(), LIMIT_FIELDS);
        }
    }

    private void act(String form, Runnable action, String done) {
        try {
            action.run();
            FormMessages.done(null, done, reason);
            activity.load();
        } catch (IllegalArgumentException e) {
            FormMessages.refusalAt(form + ":reason", e.getMessage());
        }
    }

    public RiskLimitsForm getLimitsForm() {
        return limitsForm;
    }

    /** The page's account (the activity bean holds it for the whole view). */
    private String accountId() {
        return activity.getAccount().id().toString();
    }

    public String getSymbol() {
        return symbol;
    }

    public String getOrderLabel() {
        return orderLabel;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getLimitPrice() {
        return limitPrice;
    }

    public void setLimitPrice(BigDecimal limitPrice) {
        this.limitPrice = limitPrice;
    }

    public BigDecimal getStopPrice() {
        return stopPrice;
    }

    public void setStopPrice(BigDecimal stopPrice) {
        this.stopPrice = stopPrice;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
