package org.autopilot.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;
import org.autopilot.trading.domain.subscription.Subscription;
import org.autopilot.trading.domain.subscription.SubscriptionRepository;

/**
 * Subscribes broker accounts to strategies, changes their settings and switches them on and off; every change is
 * audited with the settings before and after.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService implements Subscriptions {

    private static final String SUBJECT = "subscription";

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    WebhookStrategies strategies;

    @Inject
    BrokerAccounts accounts;

    @Inject
    AuditTrail audit;

    @Override
    public SubscriptionView subscribe(UUID strategyId, UUID accountId, SubscriptionSettings settings, String actor) {
        if (strategies.byId(strategyId).isEmpty()) {
            throw new IllegalArgumentException("no strategy " + strategyId);
        }
        if (accountId == null || accounts.byId(accountId).isEmpty()) {
            throw new IllegalArgumentException("no broker account " + accountId);
        }
        if (subscriptions.of(strategyId, accountId).isPresent()) {
            throw new IllegalArgumentException("the account is already subscribed to this strategy");
        }
        Subscription subscription = Subscription.subscribe(strategyId, accountId, settings, Instant.now());
        subscriptions.add(subscription);
        SubscriptionView view = subscription.toView();
        audit.record(AuditEvent.now(actor, "subscription.created", SUBJECT, view.id().toString(),
                "account " + accountId + " subscribed to strategy " + strategyId, null, view.settings().toString()));
        return view;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubscriptionView> ofStrategy(UUID strategyId) {
        return subscriptions.ofStrategy(strategyId).stream().map(Subscription::toView).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubscriptionView> byId(UUID id) {
        return subscriptions.byId(id).map(Subscription::toView);
    }

    @Override
    public SubscriptionView change(UUID id, long version, SubscriptionSettings settings, String actor) {
        Subscription subscription = existing(id);
        SubscriptionSettings before = subscription.toView().settings();
        subscription.change(version, settings);
        subscriptions.store(subscription);
        SubscriptionView view = subscription.toView();
        if (!before.equals(view.settings())) {
            audit.record(AuditEvent.now(actor, "subscription.changed", SUBJECT, id.toString(),
                    "settings of account " + view.accountId() + " for strategy " + view.strategyId(),
                    before.toString(), view.settings().toString()));
        }
        return view;
    }

    @Override
    public SubscriptionView setEnabled(UUID id, boolean enabled, String actor) {
        Subscription subscription = existing(id);
        if (subscription.setEnabled(enabled)) {
            subscriptions.store(subscription);
            audit.record(AuditEvent.now(actor, enabled ? "subscription.enabled" : "subscription.disabled", SUBJECT,
                    id.toString(), enabled ? "signals fan out to it again" : "signals no longer fan out to it",
                    "enabled=" + !enabled, "enabled=" + enabled));
        }
        return subscription.toView();
    }

    private Subscription existing(UUID id) {
        return subscriptions.byId(id).orElseThrow(() -> new IllegalArgumentException("no subscription " + id));
    }
}
