package org.autopilot.admin.web.subscriptions;

import org.autopilot.admin.web.forms.FormMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;

/**
 * One subscription's settings (subscriptions/edit.xhtml?id=...), or a new subscription of a strategy
 * (subscriptions/edit.xhtml?strategy=...) with the broker account to subscribe. Saving returns to the strategy;
 * a refusal stays here with the message next to its field and saves nothing.
 */
@Named
@ViewScoped
public class SubscriptionEditBacking implements Serializable {

    static final String FORM = "editForm";

    @Inject
    Subscriptions subscriptions;

    @Inject
    WebhookStrategies strategies;

    @Inject
    BrokerAccounts accounts;

    @Inject
    SignedInStaff staff;

    private String id;
    private String strategyParam;
    private SubscriptionView subscription;
    private WebhookStrategyView strategy;
    private String accountName;
    private String accountId;
    private List<BrokerAccountView> freeAccounts;
    private SettingsForm form;

    /** The view action: a missing or unknown subscription or strategy is a 404. */
    public void load() {
        subscription = Pages.id(id).flatMap(subscriptions::byId).orElse(null);
        UUID strategyId = subscription != null ? subscription.strategyId() : Pages.id(strategyParam).orElse(null);
        strategy = Optional.ofNullable(strategyId).flatMap(strategies::byId).orElse(null);
        if (strategy == null || (id != null && subscription == null)) {
            Pages.notFound(id != null ? "no subscription " + id : "no webhook strategy " + strategyParam);
            return;
        }
        if (subscription != null) {
            accountName = accounts.byId(subscription.accountId()).map(BrokerAccountView::name)
                    .orElse(subscription.accountId().toString());
            form = SettingsForm.of(subscription.settings());
        } else {
            Set<UUID> subscribed = subscriptions.ofStrategy(strategy.id()).stream().map(SubscriptionView::accountId)
                    .collect(Collectors.toSet());
            freeAccounts = accounts.all().stream().filter(a -> !subscribed.contains(a.id())).toList();
            form = SettingsForm.of(SubscriptionSettings.defaults());
        }
    }

    /** Saves and returns to the strategy's page, or stays with the refusal shown. */
    public String save() {
        Optional<UUID> account = Pages.id(accountId);
        if (subscription == null && account.isEmpty()) {
            FormMessages.refusalWithSummary(FORM, "account", "Not saved", "choose the broker account to subscribe");
            return null;
        }
        try {
            SubscriptionView saved = subscription == null
                    ? subscriptions.subscribe(strategy.id(), account.get(), form.toSettings(), staff.getUsername())
                    : subscriptions.change(subscription.id(), subscription.version(), form.toSettings(),
                    staff.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FormMessages.done(null, subscription == null ? "Account subscribed" : "Subscription saved",
                    "Settings of " + (subscription == null ? accountLabel() : accountName) + " saved.");
            return "strategy?faces-redirect=true&id=" + saved.strategyId();
        } catch (InvalidSetting e) {
            FormMessages.refusalWithSummary(FORM, form.componentFor(e.field()), "Not saved", e.getMessage());
        } catch (StaleEdit e) {
            FormMessages.refusalWithSummary(FORM, null, "Not saved", e.getMessage());
        } catch (IllegalArgumentException e) {
            // unknown or already subscribed account: the only other refusals of subscribe
            FormMessages.refusalWithSummary(FORM, subscription == null ? "account" : null, "Not saved", e.getMessage());
        }
        return null;
    }

    private String accountLabel() {
        return freeAccounts.stream().filter(a -> a.id().toString().equals(accountId)).map(BrokerAccountView::name)
                .findFirst()
                .orElse("the account");
    }

    public boolean isCreating() {
        return subscription == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStrategyParam() {
        return strategyParam;
    }

    public void setStrategyParam(String strategyParam) {
        this.strategyParam = strategyParam;
    }

    public SubscriptionView getSubscription() {
        return subscription;
    }

    public WebhookStrategyView getStrategy() {
        return strategy;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public List<BrokerAccountView> getFreeAccounts() {
        return freeAccounts;
    }

    public SettingsForm getForm() {
        return form;
    }
}
