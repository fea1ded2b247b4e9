package org.autopilot.admin.web.control;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autopilot.admin.web.forms.FormMessages;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.api.ApprovalSettingView;
import org.autopilot.trading.api.Approvals;
import org.autopilot.trading.api.FlattenResult;
import org.autopilot.trading.api.Interventions;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;

/**
 * The kill switches of the platform, every broker account, strategy and subscription, and the one dialog that changes
 * them: choose the state, say why, optionally flatten. A change is in force when the page answers.
 */
@Named
@ViewScoped
public class ControlBacking implements Serializable {

    private static final String DIALOG_FORM = "switchForm";

    @Inject
    TradingControl control;

    @Inject
    Interventions interventions;

    @Inject
    BrokerAccounts accounts;

    @Inject
    WebhookStrategies strategies;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Approvals approvals;

    @Inject
    SignedInStaff staff;

    private Map<String, KillSwitchView> switches;
    private List<BrokerAccountView> accountList;
    private List<WebhookStrategyView> strategyList;
    private List<SubscriptionView> subscriptionList;

    private Map<UUID, ApprovalSettingView> approvalModes;
    private UUID approvalSubscription;
    private boolean approvalRequired;
    private Integer approvalMinutes;
    private SwitchLevel level;
    private String scopeId;
    private String target;
    private TradingState state;
    private String reason;
    private boolean flatten;

    @PostConstruct
    void load() {
        switches = control.switches().stream().collect(Collectors.toMap(s -> s.level() + ":" + s.scopeId(),
                Function.identity()));
        accountList = accounts.all().stream().sorted(Comparator.comparing(BrokerAccountView::name)).toList();
        strategyList = strategies.all().stream().sorted(Comparator.comparing(WebhookStrategyView::name)).toList();
        subscriptionList = strategyList.stream().flatMap(s -> subscriptions.ofStrategy(s.id()).stream()).toList();
        approvalModes = subscriptionList.stream().collect(Collectors.toMap(SubscriptionView::id,
                s -> approvals.setting(s.id())));
    }

    /** "approval, 15 min" or "automatic". */
    public String approvalMode(SubscriptionView s) {
        ApprovalSettingView mode = approvalModes.get(s.id());
        return mode.required() ? "approval, " + mode.timeout().toMinutes() + " min" : "automatic";
    }

    public void prepareApproval(SubscriptionView s) {
        ApprovalSettingView mode = approvalModes.get(s.id());
        approvalSubscription = s.id();
        approvalRequired = mode.required();
        approvalMinutes = (int) mode.timeout().toMinutes();
        target = "subscription " + strategyName(s) + " → " + accountName(s);
    }

    public void saveApproval() {
        try {
            approvals.configure(approvalSubscription, approvalRequired,
                    Duration.ofMinutes(approvalMinutes == null ? 0 : approvalMinutes), staff.getUsername());
            FormMessages.done(null, target + (approvalRequired ? ": signals wait for approval" : ": signals trade "
                    + "without approval"), null);
            load();
        } catch (IllegalArgumentException e) {
            FormMessages.refusalAt("approvalForm:minutes", e.getMessage());
        }
    }

    /** Prepares the dialog for one scope; {@code flattening} pre-selects HALTED with flatten. */
    public void prepare(String newLevel, String newScopeId, String label, boolean flattening) {
        level = SwitchLevel.valueOf(newLevel);
        scopeId = newScopeId;
        target = level.label() + " " + label;
        TradingState current = stateOf(newLevel, newScopeId);
        state = flattening ? TradingState.HALTED : current == TradingState.ACTIVE ? TradingState.HALTED : TradingState.ACTIVE;
        flatten = flattening;
        reason = null;
    }

    public void apply() {
        try {
            if (flatten) {
                FlattenResult result = interventions.flatten(level, scopeId, reason, staff.getUsername());
                if (state != TradingState.HALTED) {
                    control.change(level, scopeId, state, reason, staff.getUsername());
                }
                FormMessages.done(null, target + " flattened and " + state, result.describe());
            } else {
                control.change(level, scopeId, state, reason, staff.getUsername());
                FormMessages.done(null, target + " is " + state + " now", reason);
            }
            load();
        } catch (IllegalArgumentException e) {
            FormMessages.refusalAt(DIALOG_FORM + ":reason", e.getMessage());
        }
    }

    public TradingState stateOf(String scopeLevel, Object scope) {
        KillSwitchView view = switches.get(scopeLevel + ":" + scope);
        return view == null ? TradingState.ACTIVE : view.state();
    }

    /** "by oscar: broker outage" for a switch that was set, else empty. */
    public String why(String scopeLevel, Object scope) {
        KillSwitchView view = switches.get(scopeLevel + ":" + scope);
        return view == null || view.state() == TradingState.ACTIVE && "initial state".equals(view.reason()) ? ""
                : view.changedBy() + ": " + view.reason();
    }

    public String strategyName(SubscriptionView s) {
        return strategyList.stream().filter(x -> x.id().equals(s.strategyId())).map(WebhookStrategyView::name)
                .findFirst().orElse(s.strategyId().toString());
    }

    public String accountName(SubscriptionView s) {
        return accountList.stream().filter(a -> a.id().equals(s.accountId())).map(BrokerAccountView::name)
                .findFirst().orElse(s.accountId().toString());
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public Integer getApprovalMinutes() {
        return approvalMinutes;
    }

    public void setApprovalMinutes(Integer approvalMinutes) {
        this.approvalMinutes = approvalMinutes;
    }

    public TradingState[] getStates() {
        return TradingState.values();
    }

    public List<BrokerAccountView> getAccounts() {
        return accountList;
    }

    public List<WebhookStrategyView> getStrategies() {
        return strategyList;
    }

    public List<SubscriptionView> getSubscriptions() {
        return subscriptionList;
    }

    public String getTarget() {
        return target;
    }

    public TradingState getState() {
        return state;
    }

    public void setState(TradingState state) {
        this.state = state;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isFlatten() {
        return flatten;
    }

    public void setFlatten(boolean flatten) {
        this.flatten = flatten;
    }
}
