package org.autopilot.admin.web.subscriptions;

import org.autopilot.admin.web.forms.FormMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.api.StrategyDefaults;
import org.autopilot.trading.api.StrategyDefaultsView;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;

/**
 * One strategy (subscriptions/strategy.xhtml?id=...): its order defaults as a form, and its subscriptions as a
 * table whose rows switch on and off in place.
 */
@Named
@ViewScoped
public class StrategySubscriptionsBacking implements Serializable {

    static final String DEFAULTS_FORM = "defaultsForm";

    @Inject
    WebhookStrategies strategies;

    @Inject
    StrategyDefaults defaults;

    @Inject
    Subscriptions subscriptions;

    @Inject
    BrokerAccounts accounts;

    @Inject
    SignedInStaff staff;

    private String id;
    private WebhookStrategyView strategy;
    private long defaultsVersion;
    private OrderDefaultsForm defaultsForm;
    private List<SubscriptionRow> rows;
    private long enabledCount;

    /** The view action: a missing or unknown strategy is a 404. */
    public void load() {
        strategy = Pages.id(id).flatMap(strategies::byId).orElse(null);
        if (strategy == null) {
            Pages.notFound("no webhook strategy " + id);
            return;
        }
        StrategyDefaultsView view = defaults.of(strategy.id()).orElseThrow();
        showDefaults(view);
        loadRows();
    }

    public void saveDefaults() {
        try {
            showDefaults(defaults.change(strategy.id(), defaultsVersion, defaultsForm.toDefaults(), staff.getUsername()));
            FormMessages.done(null, "Order defaults saved", "Subscriptions without their own values now use these.");
        } catch (InvalidSetting e) {
            FormMessages.refusalWithSummary(DEFAULTS_FORM, defaultsForm.componentFor(e.field()), "Order defaults not saved",
                    e.getMessage());
        } catch (StaleEdit e) {
            FormMessages.refusalWithSummary(DEFAULTS_FORM, null, "Order defaults not saved", e.getMessage());
        }
    }

    /** Applies the row's toggle. */
    public void toggle(SubscriptionRow row) {
        SubscriptionView view = subscriptions.setEnabled(row.getId(), row.isEnabled(), staff.getUsername());
        FormMessages.done(null, "Subscription " + (view.enabled() ? "enabled" : "disabled"), row.getAccount()
                + (view.enabled() ? " receives this strategy's signals." : " no longer receives this strategy's signals."));
        loadRows();
    }

    private void showDefaults(StrategyDefaultsView view) {
        defaultsVersion = view.version();
        defaultsForm = OrderDefaultsForm.of(view.defaults());
    }

    private void loadRows() {
        Map<UUID, String> names = accounts.all().stream()
                .collect(Collectors.toMap(BrokerAccountView::id, BrokerAccountView::name));
        rows = subscriptions.ofStrategy(strategy.id()).stream()
                .map(s -> new SubscriptionRow(s, names.getOrDefault(s.accountId(), s.accountId().toString())))
                .toList();
        enabledCount = rows.stream().filter(SubscriptionRow::isEnabled).count();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public WebhookStrategyView getStrategy() {
        return strategy;
    }

    public OrderDefaultsForm getDefaultsForm() {
        return defaultsForm;
    }

    public List<SubscriptionRow> getRows() {
        return rows;
    }

    public long getEnabledCount() {
        return enabledCount;
    }
}
