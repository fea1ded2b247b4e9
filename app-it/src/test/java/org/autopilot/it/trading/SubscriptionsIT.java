package org.autopilot.it.trading;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.brokers.api.Venue;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Subscriptions inside WildFly: a paper account subscribed to a webhook strategy with overrides, read back, audited. */
@ExtendWith(ArquillianExtension.class)
class SubscriptionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SubscriptionsIT.class);
    }

    @Inject
    Subscriptions subscriptions;

    @Inject
    WebhookStrategies strategies;

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerAccounts accounts;

    @Test
    void accountSubscribesWithItsOverridesAndBadSettingsAreRefused() {
        UUID strategy = strategies.create("it-sub-" + UUID.randomUUID(), Set.of("AAPL"), null, "it-admin").id();
        UUID connection = connections.register("it-sub-paper-" + UUID.randomUUID(), Venue.PAPER, null).id();
        BrokerAccountView account = accounts.open(connection, "it-sub-acct-" + UUID.randomUUID(), "USD",
                new BigDecimal("50000"), BigDecimal.ONE, "it-admin");
        SubscriptionSettings settings = new SubscriptionSettings(true, false, true, true, false, true,
                new OrderDefaults(QuantityType.DOLLAR_AMOUNT, new BigDecimal("2500"), OrderType.LIMIT, OrderType.MARKET,
                        TimeInForce.GTC, null, null),
                new BigDecimal("1.5"), AllowedSides.LONG_ONLY, false, true, true, false,
                "mon,tue,wed,thu,fri 09:30-16:00", false);

        SubscriptionView created = subscriptions.subscribe(strategy, account.id(), settings, "it-admin");
        List<SubscriptionView> read = subscriptions.ofStrategy(strategy);
        assertEquals(1, read.size());
        SubscriptionSettings back = read.getFirst().settings();
        assertEquals("Mon-Fri 09:30-16:00", back.tradingWindows());
        assertEquals(new BigDecimal("2500"), back.orderDefaults().quantity());
        assertEquals(new BigDecimal("1.5"), back.multiplier());
        assertEquals(AllowedSides.LONG_ONLY, back.sides());
        assertEquals(OrderType.LIMIT, back.orderDefaults().entryOrderType());
        assertTrue(read.getFirst().enabled());
        assertTrue(InContainer.appliedMigrations("trading").contains("4"));
        await().atMost(InContainer.PATIENCE).until(() -> !InContainer.column(
                "select sequence_no from audit_entry where action = 'subscription.created' and subject_id = ?",
                created.id().toString()).isEmpty());

        assertEquals("the account is already subscribed to this strategy", assertThrows(IllegalArgumentException.class,
                () -> subscriptions.subscribe(strategy, account.id(), SubscriptionSettings.defaults(), "it-admin"))
                .getMessage());
        UUID other = strategies.create("it-sub-2-" + UUID.randomUUID(), Set.of(), null, "it-admin").id();
        SubscriptionSettings badWindow = new SubscriptionSettings(true, true, true, true, true, true, null,
                BigDecimal.ONE, AllowedSides.BOTH, true, true, false, true, "weekdays 9-5", true);
        assertThrows(IllegalArgumentException.class, () -> subscriptions.subscribe(other, account.id(), badWindow, "it-admin"));
        SubscriptionSettings zeroMultiplier = new SubscriptionSettings(true, true, true, true, true, true, null,
                BigDecimal.ZERO, AllowedSides.BOTH, true, true, false, true, "", true);
        assertEquals("multiplier must be positive, got 0", assertThrows(IllegalArgumentException.class,
                () -> subscriptions.subscribe(other, account.id(), zeroMultiplier, "it-admin")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> subscriptions.subscribe(other, UUID.randomUUID(), SubscriptionSettings.defaults(), "it-admin"));
        assertTrue(subscriptions.ofStrategy(other).isEmpty(), "refused subscriptions store nothing");
    }
}
