package org.autopilot.it.trading;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.brokers.api.Venue;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.api.StopLossDefault;
import org.autopilot.trading.api.StrategyDefaults;
import org.autopilot.trading.api.StrategyDefaultsView;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;
import org.autopilot.trading.api.TakeProfitDefault;
import org.autopilot.trading.domain.defaults.StrategyDefaultsRepository;
import org.autopilot.trading.domain.planning.OrderSettings;
import org.autopilot.trading.domain.planning.StopLoss;
import org.autopilot.trading.domain.planning.StopLossType;
import org.autopilot.trading.domain.planning.SubscriptionPolicy;
import org.autopilot.trading.domain.planning.TakeProfit;
import org.autopilot.trading.domain.subscription.SubscriptionRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscription changes and strategy order defaults inside WildFly: stored, versioned (a stale change is refused and
 * changes nothing), audited with before and after, and readable by execution as the planner's policy and settings.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionChangesIT {

    private static final BigDecimal TWO = new BigDecimal("2");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SubscriptionChangesIT.class);
    }

    @Inject
    Subscriptions subscriptions;

    @Inject
    StrategyDefaults strategyDefaults;

    @Inject
    WebhookStrategies strategies;

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerAccounts accounts;

    @Inject
    SubscriptionRepository subscriptionRepository;

    @Inject
    StrategyDefaultsRepository defaultsRepository;

    private UUID newStrategy() {
        return strategies.create("it-changes-" + UUID.randomUUID(), Set.of("AAPL"), null, "it-admin").id();
    }

    private UUID newAccount() {
        UUID connection = connections.register("it-changes-paper-" + UUID.randomUUID(), Venue.PAPER, null).id();
        return accounts.open(connection, "it-changes-acct-" + UUID.randomUUID(), "USD", new BigDecimal("50000"),
                BigDecimal.ONE, "it-admin").id();
    }

    private static SubscriptionSettings settings(OrderDefaults own, String multiplier, String windows) {
        return new SubscriptionSettings(true, true, false, true, false, true, own, new BigDecimal(multiplier),
                AllowedSides.LONG_ONLY, true, false, true, true, windows, false);
    }

    private static List<String> audited(String column, String action, String subject) {
        return InContainer.column("select " + column + " from audit_entry where action = ? and subject_id = ?"
                + " order by sequence_no", action, subject);
    }

    @Test
    void everySettingChangesWithItsVersionIsAuditedAndReachesThePlanner() {
        UUID strategy = newStrategy();
        SubscriptionView created = subscriptions.subscribe(strategy, newAccount(), SubscriptionSettings.defaults(),
                "it-admin");
        OrderDefaults own = new OrderDefaults(QuantityType.DOLLAR_AMOUNT, new BigDecimal("2500"), OrderType.LIMIT,
                OrderType.MARKET, TimeInForce.GTC, new TakeProfitDefault(new BigDecimal("4"), null),
                new StopLossDefault(StopLossDefault.Type.STOP_LIMIT, null, new BigDecimal("1.5"), new BigDecimal("0.25"),
                        null, null));

        SubscriptionView changed = subscriptions.change(created.id(), created.version(),
                settings(own, "2", "mon,fri 09:30-16:00"), "oscar");

        assertEquals(created.version() + 1, changed.version());
        SubscriptionView read = subscriptions.byId(created.id()).orElseThrow();
        assertEquals(changed, read);
        assertEquals(own, read.settings().orderDefaults());
        assertEquals("Mon,Fri 09:30-16:00", read.settings().tradingWindows());
        assertEquals(0, new BigDecimal("1.5").compareTo(new BigDecimal(InContainer.column(
                "select stop_loss_amount from subscription where id = ?", created.id().toString()).getFirst())));
        SubscriptionPolicy policy = subscriptionRepository.byId(created.id()).orElseThrow().policy();
        TakeProfit takeProfit = policy.own().takeProfit();
        assertEquals(0, new BigDecimal("4").compareTo(takeProfit.percent()));
        assertEquals(StopLossType.STOP_LIMIT, policy.own().stopLoss().type());
        assertEquals(0, new BigDecimal("0.25").compareTo(policy.own().stopLoss().limitOffset()));
        assertEquals(0, TWO.compareTo(policy.multiplier()));

        await().atMost(InContainer.PATIENCE).until(() -> !audited("after_state", "subscription.changed",
                created.id().toString()).isEmpty());
        assertTrue(audited("before_state", "subscription.changed", created.id().toString()).getFirst()
                .contains("multiplier=1"));
        assertTrue(audited("after_state", "subscription.changed", created.id().toString()).getFirst()
                .contains("STOP_LIMIT"));
        assertEquals(List.of("oscar"), audited("actor", "subscription.changed", created.id().toString()));
    }

    @Test
    void staleAndInvalidChangesChangeNothing() {
        SubscriptionView created = subscriptions.subscribe(newStrategy(), newAccount(), SubscriptionSettings.defaults(),
                "it-admin");
        SubscriptionView first = subscriptions.change(created.id(), created.version(),
                settings(OrderDefaults.none(), "1.5", ""), "alice");

        StaleEdit stale = assertThrows(StaleEdit.class, () -> subscriptions.change(created.id(), created.version(),
                settings(OrderDefaults.none(), "3", ""), "oscar"));
        assertTrue(stale.getMessage().contains("changed since you read them"), stale.getMessage());
        OrderDefaults noStopType = new OrderDefaults(null, null, null, null, null, null,
                new StopLossDefault(null, TWO, null, null, null, null));
        InvalidSetting invalid = assertThrows(InvalidSetting.class, () -> subscriptions.change(created.id(),
                first.version(), settings(noStopType, "3", ""), "oscar"));
        assertEquals("stopLoss.type", invalid.field());

        assertEquals(first, subscriptions.byId(created.id()).orElseThrow());
        assertThrows(IllegalArgumentException.class,
                () -> subscriptions.change(UUID.randomUUID(), 0, SubscriptionSettings.defaults(), "oscar"));
    }

    @Test
    void disablingAndEnablingAreAuditedOnlyWhenTheyChangeSomething() {
        SubscriptionView created = subscriptions.subscribe(newStrategy(), newAccount(), SubscriptionSettings.defaults(),
                "it-admin");
        assertFalse(subscriptions.setEnabled(created.id(), false, "oscar").enabled());
        assertFalse(subscriptions.setEnabled(created.id(), false, "oscar").enabled());
        assertTrue(subscriptions.setEnabled(created.id(), true, "alice").enabled());

        await().atMost(InContainer.PATIENCE).until(() -> audited("actor", "subscription.enabled",
                created.id().toString()).size() == 1);
        assertEquals(List.of("oscar"), audited("actor", "subscription.disabled", created.id().toString()));
        assertEquals(List.of("enabled=true"), audited("before_state", "subscription.disabled", created.id().toString()));
        assertEquals(List.of("true"), InContainer.column("select case when enabled then 'true' else 'false' end from subscription where id = ?",
                created.id().toString()).stream().map(String::toLowerCase).toList());
    }

    @Test
    void strategyDefaultsAreVersionedAuditedAndReadByExecution() {
        UUID strategy = newStrategy();
        assertEquals(OrderSettings.NONE, defaultsRepository.forStrategy(strategy));
        StrategyDefaultsView unset = strategyDefaults.of(strategy).orElseThrow();
        assertEquals(0, unset.version());
        assertEquals(OrderDefaults.none(), unset.defaults());

        OrderDefaults defaults = new OrderDefaults(QuantityType.FIXED_QUANTITY, new BigDecimal("10"), OrderType.LIMIT,
                null, TimeInForce.DAY, null, new StopLossDefault(StopLossDefault.Type.TRAILING_STOP, null, null, null,
                null, new BigDecimal("0.8")));
        StrategyDefaultsView first = strategyDefaults.change(strategy, 0, defaults, "alice");
        assertEquals(1, first.version());
        assertEquals(defaults, strategyDefaults.of(strategy).orElseThrow().defaults());

        assertThrows(StaleEdit.class, () -> strategyDefaults.change(strategy, 0, OrderDefaults.none(), "oscar"));
        InvalidSetting invalid = assertThrows(InvalidSetting.class, () -> strategyDefaults.change(strategy, 1,
                new OrderDefaults(QuantityType.PERCENT_OF_POSITION, TWO, null, null, null, null, null), "oscar"));
        assertEquals("quantityType", invalid.field());
        assertEquals(first, strategyDefaults.of(strategy).orElseThrow());

        OrderSettings forExecution = defaultsRepository.forStrategy(strategy);
        assertEquals(0, BigDecimal.TEN.compareTo(forExecution.quantity()));
        assertEquals(OrderType.LIMIT, forExecution.entryOrderType());
        StopLoss trailing = forExecution.stopLoss();
        assertEquals(StopLossType.TRAILING_STOP, trailing.type());
        assertEquals(0, new BigDecimal("0.8").compareTo(trailing.trailPercent()));
        assertTrue(strategyDefaults.of(UUID.randomUUID()).isEmpty());

        await().atMost(InContainer.PATIENCE).until(() -> !audited("after_state", "strategy.order-defaults-changed",
                strategy.toString()).isEmpty());
        assertTrue(audited("after_state", "strategy.order-defaults-changed", strategy.toString()).getFirst()
                .contains("TRAILING_STOP"));
    }
}
