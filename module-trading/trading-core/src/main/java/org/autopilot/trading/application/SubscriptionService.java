package org.autopilot.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
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

/** Subscribes broker accounts to strategies; every subscription is audited with its settings. */
@ApplicationScoped
@Transactional
public class SubscriptionService implements Subscriptions {

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
        if (accounts.byId(accountId).isEmpty()) {
            throw new IllegalArgumentException("no broker account " + accountId);
        }
        if (subscriptions.of(strategyId, accountId).isPresent()) {
            throw new IllegalArgumentException("the account is already subscribed to this strategy");
        }
        Subscription subscription = Subscription.subscribe(strategyId, accountId, settings, Instant.now());
        subscriptions.add(subscription);
        SubscriptionView view = subscription.toView();
        audit.record(AuditEvent.now(actor, "subscription.created", "subscription",
                view.id().toString(), "account " + accountId + " subscribed to strategy " + strategyId, null,
                view.settings().toString()));
        return view;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubscriptionView> ofStrategy(UUID strategyId) {
        return subscriptions.ofStrategy(strategyId).stream().map(Subscription::toView).toList();
    }
}
