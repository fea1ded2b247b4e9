package org.autopilot.it.trading;

import static org.autopilot.it.support.Webhooks.accept;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.PaperVenueLog;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.it.support.TradingDesk;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.trading.api.DeliveryView;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.FlattenResult;
import org.autopilot.trading.api.Interventions;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.OrderView;
import org.autopilot.trading.api.RiskControl;
import org.autopilot.trading.api.RiskLimits;
import org.autopilot.trading.api.RiskScope;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Human control inside WildFly with the paper venue: kill switches at every level and state stop what they must and
 * nothing else, a change is in force before the next order leaves (raced against a stream of signals), risk limits
 * deny with the rule and values in the signal log, a daily-loss breach switches the account to exits only, and
 * flatten cancels and closes. Every claim about orders is checked against the paper venue's own log.
 */
@ExtendWith(ArquillianExtension.class)
class ControlIT {

    private static final String BUY = "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":10}";
    private static final String ADD = "{\"ticker\":\"AAPL\",\"action\":\"add\",\"quantity\":1}";
    private static final String EXIT = "{\"ticker\":\"AAPL\",\"action\":\"exit\"}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ControlIT.class);
    }

    @Inject
    TradingDesk tradingDesk;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ExecutionLog log;

    @Inject
    PaperVenueLog venue;

    @Inject
    TradingControl control;

    @Inject
    RiskControl risk;

    @Inject
    Interventions interventions;

    /** A strategy with two subscribed paper accounts. */
    private record Desk(WebhookSecret strategy, BrokerAccountView first, BrokerAccountView second,
                        SubscriptionView firstSubscription) {
    }

    private Desk desk() {
        tradingDesk.quote("AAPL", "200.00", "200.02");
        WebhookSecret strategy = tradingDesk.strategy("it-control", "AAPL");
        BrokerAccountView first = tradingDesk.paperAccount("it-control");
        BrokerAccountView second = tradingDesk.paperAccount("it-control");
        SubscriptionView sub = subscriptions.subscribe(strategy.id(), first.id(), SubscriptionSettings.defaults(), "it-admin");
        subscriptions.subscribe(strategy.id(), second.id(), SubscriptionSettings.defaults(), "it-admin");
        return new Desk(strategy, first, second, sub);
    }

    @Test
    void eachLevelAndStateStopsItsScopeAndReducingLetsExitsThrough() throws Exception {
        Desk desk = desk();
        settle(accept(desk.strategy().path(), BUY));
        Object[][] levels = {{SwitchLevel.BROKER_ACCOUNT, desk.first().id().toString(), "broker account"},
                {SwitchLevel.SUBSCRIPTION, desk.firstSubscription().id().toString(), "subscription"},
                {SwitchLevel.STRATEGY, desk.strategy().id().toString(), "strategy"}};
        for (Object[] level : levels) {
            SwitchLevel switchLevel = (SwitchLevel) level[0];
            String scope = (String) level[1];
            control.change(switchLevel, scope, TradingState.HALTED, "it: halt " + level[2], "it-operator");
            List<DeliveryView> halted = settle(accept(desk.strategy().path(), ADD));
            assertEquals("DENIED", of(halted, desk.first()).status(), level[2] + " HALTED");
            assertTrue(of(halted, desk.first()).reason().startsWith(level[2] + " kill switch is HALTED (it-operator: it: halt"),
                    of(halted, desk.first()).reason());
            assertEquals(switchLevel == SwitchLevel.STRATEGY ? "DENIED" : "SENT", of(halted, desk.second()).status(),
                    "the other account is stopped only by its strategy's switch");

            control.change(switchLevel, scope, TradingState.REDUCING, "it: reduce " + level[2], "it-operator");
            List<DeliveryView> entry = settle(accept(desk.strategy().path(), ADD));
            assertEquals("DENIED", of(entry, desk.first()).status(), level[2] + " REDUCING stops entries");
            assertTrue(of(entry, desk.first()).reason().contains("REDUCING: exits only"), of(entry, desk.first()).reason());
            control.change(switchLevel, scope, TradingState.ACTIVE, "it: resume", "it-operator");
        }
        long submitsBefore = submits(desk.first());
        control.change(SwitchLevel.BROKER_ACCOUNT, desk.first().id().toString(), TradingState.REDUCING, "it: exits", "it-operator");
        List<DeliveryView> exit = settle(accept(desk.strategy().path(), EXIT));
        assertEquals("SENT", of(exit, desk.first()).status(), "an exit passes a REDUCING switch");
        assertEquals(submitsBefore + 1, submits(desk.first()));
        await().atMost(InContainer.PATIENCE).until(() -> log.positions(desk.first().id()).stream()
                .allMatch(p -> p.quantity().signum() == 0));
    }

    @Test
    void thePlatformSwitchStopsEveryAccount() throws Exception {
        Desk desk = desk();
        try {
            control.change(SwitchLevel.PLATFORM, "platform", TradingState.HALTED, "it: platform halt", "it-operator");
            List<DeliveryView> halted = settle(accept(desk.strategy().path(), BUY));
            assertTrue(halted.stream().allMatch(d -> d.status().equals("DENIED")
                    && d.reason().startsWith("platform kill switch is HALTED")), halted.toString());
        } finally {
            control.change(SwitchLevel.PLATFORM, "platform", TradingState.ACTIVE, "it: platform resumes", "it-operator");
        }
        assertTrue(venue.log(desk.first().id()).isEmpty() && venue.log(desk.second().id()).isEmpty());
    }

    /**
     * A stream of signals on one account while an operator halts it: no order reaches the venue after the change
     * returned, every signal ends SENT or DENIED (none lost), and the denied ones say why.
     */
    @Test
    void aHaltIsInForceBeforeTheNextOrderLeaves() throws Exception {
        Desk desk = desk();
        settle(accept(desk.strategy().path(), BUY));
        long before = submits(desk.first());
        List<CompletableFuture<UUID>> posting = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return accept(desk.strategy().path(), ADD);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        await().atMost(InContainer.PATIENCE).until(() -> submits(desk.first()) >= before + 2);
        control.change(SwitchLevel.BROKER_ACCOUNT, desk.first().id().toString(), TradingState.HALTED, "it: race", "it-operator");
        long atChange = submits(desk.first());
        List<DeliveryView> outcomes = new ArrayList<>();
        for (CompletableFuture<UUID> signal : posting) {
            outcomes.add(of(settle(signal.join()), desk.first()));
        }
        assertEquals(atChange, submits(desk.first()), "no order left after the halt returned");
        assertTrue(outcomes.stream().allMatch(d -> d.status().equals("SENT") || d.status().equals("DENIED")), outcomes.toString());
        long denied = outcomes.stream().filter(d -> d.status().equals("DENIED")).count();
        assertEquals(20 - (atChange - before), denied, "every signal is either at the venue or denied");
        assertTrue(denied > 0, "the halt came while signals were still queued");
    }

    @Test
    void aRiskDenialNamesTheRuleTheLimitAndTheObservedValueAndSendsNothing() throws Exception {
        Desk desk = desk();
        risk.change(RiskScope.ACCOUNT, desk.first().id().toString(),
                new RiskLimits(new BigDecimal("5"), null, null, null, null, null, null, null), -1, "it-operator");
        risk.change(RiskScope.STRATEGY, desk.strategy().id().toString(),
                new RiskLimits(null, null, null, null, null, null, 60, null), -1, "it-operator");
        List<DeliveryView> first = settle(accept(desk.strategy().path(), BUY));
        DeliveryView denied = of(first, desk.first());
        assertEquals("DENIED", denied.status());
        assertTrue(denied.reason().startsWith("risk denied: max order quantity (account limit 5): observed 10"), denied.reason());
        OrderView order = denied.orders().getFirst();
        assertEquals("CANCELED", order.status());
        assertTrue(order.events().stream().anyMatch(e -> e.kind().equals("DENIAL")), order.events().toString());
        assertTrue(venue.log(desk.first().id()).isEmpty(), "nothing reached the venue");
        assertEquals("SENT", of(first, desk.second()).status(), "the other account has no such limit");

        // the strategy's duplicate window spans its accounts: once the first account may send 10, its BUY 10 is the
        // same order the second account sent moments ago
        risk.change(RiskScope.ACCOUNT, desk.first().id().toString(),
                new RiskLimits(new BigDecimal("10"), null, null, null, null, null, null, null), 0, "it-operator");
        DeliveryView duplicate = of(settle(accept(desk.strategy().path(), BUY)), desk.first());
        assertEquals("DENIED", duplicate.status());
        assertTrue(duplicate.reason().startsWith("risk denied: duplicate order within (s) (strategy limit 60): observed 1"),
                duplicate.reason());
        assertTrue(venue.log(desk.first().id()).isEmpty(), "still nothing reached the venue");

        assertThrows(InvalidSetting.class, () -> risk.change(RiskScope.STRATEGY, desk.strategy().id().toString(),
                new RiskLimits(null, null, null, null, null, null, null, BigDecimal.TEN), 0, "it-operator"));
        await().atMost(InContainer.PATIENCE).until(() -> !InContainer.column(
                "select after_state from audit_entry where action = 'order.denied' and subject_id = ?",
                order.clientOrderId()).isEmpty());
    }

    @Test
    void aDailyLossBreachSwitchesTheAccountToExitsOnly() throws Exception {
        Desk desk = desk();
        risk.change(RiskScope.ACCOUNT, desk.first().id().toString(),
                new RiskLimits(null, null, null, null, null, null, null, new BigDecimal("100")), -1, "it-operator");
        assertEquals("SENT", of(settle(accept(desk.strategy().path(), BUY)), desk.first()).status());
        tradingDesk.quote("AAPL", "180.00", "180.02");
        DeliveryView denied = of(settle(accept(desk.strategy().path(), ADD)), desk.first());
        assertEquals("DENIED", denied.status());
        assertTrue(denied.reason().startsWith("risk denied: max daily loss (account limit 100): observed 2"), denied.reason());
        assertEquals(TradingState.REDUCING, control.switches().stream()
                .filter(s -> s.level() == SwitchLevel.BROKER_ACCOUNT && s.scopeId().equals(desk.first().id().toString()))
                .findFirst().orElseThrow().state());
        assertEquals("SENT", of(settle(accept(desk.strategy().path(), EXIT)), desk.first()).status(), "exits still go");
    }

    @Test
    void flattenHaltsCancelsWorkingOrdersAndClosesPositions() throws Exception {
        Desk desk = desk();
        settle(accept(desk.strategy().path(), BUY));
        settle(accept(desk.strategy().path(), "{\"ticker\":\"AAPL\",\"action\":\"add\",\"quantity\":5,"
                + "\"orderType\":\"limit\",\"limitPrice\":195}"));
        OrderView resting = log.orders(desk.first().id(), 10).stream().filter(o -> o.status().equals("NEW"))
                .findFirst().orElseThrow();

        FlattenResult result = interventions.flatten(SwitchLevel.BROKER_ACCOUNT, desk.first().id().toString(),
                "it: get out", "it-operator");

        assertEquals(1, result.accounts());
        assertEquals(1, result.ordersCancelled());
        assertEquals(1, result.positionsClosed());
        assertEquals("CANCELED", log.order(resting.id()).orElseThrow().status());
        await().atMost(InContainer.PATIENCE).until(() -> log.positions(desk.first().id()).stream()
                .allMatch(p -> p.quantity().signum() == 0));
        OrderView close = log.orders(desk.first().id(), 10).stream().filter(o -> o.leg().equals("CLOSE")).findFirst().orElseThrow();
        assertEquals("FILLED", close.status());
        assertTrue(venue.log(desk.first().id()).stream().anyMatch(e -> e.kind().equals("SUBMIT")
                && close.clientOrderId().equals(e.clientOrderId())));
        assertEquals("DENIED", of(settle(accept(desk.strategy().path(), BUY)), desk.first()).status(), "halted by the flatten");
        assertEquals(0, BigDecimal.TEN.compareTo(log.positions(desk.second().id()).getFirst().quantity()),
                "the other account keeps its position");
        assertTrue(log.orders(desk.second().id(), 10).stream().anyMatch(o -> o.status().equals("NEW")),
                "and its resting order");
    }

    @Test
    void anOperatorModifiesCancelsAndClosesAndBadRequestsChangeNothing() throws Exception {
        Desk desk = desk();
        settle(accept(desk.strategy().path(), BUY));
        settle(accept(desk.strategy().path(), "{\"ticker\":\"AAPL\",\"action\":\"add\",\"quantity\":5,"
                + "\"orderType\":\"limit\",\"limitPrice\":195}"));
        OrderView resting = log.workingOrders(desk.first().id()).getFirst();

        OrderView modified = interventions.modifyOrder(resting.id(), null, new BigDecimal("196"), null, "it: raise", "oscar");
        assertEquals(0, new BigDecimal("196").compareTo(modified.limitPrice()));
        assertTrue(venue.log(desk.first().id()).stream().anyMatch(e -> e.kind().equals("REPLACE")));
        assertEquals("stopPrice", assertThrows(InvalidSetting.class, () -> interventions.modifyOrder(resting.id(), null,
                null, BigDecimal.ONE, "it: no stop on a limit order", "oscar")).field());
        assertEquals("reason", assertThrows(InvalidSetting.class,
                () -> interventions.cancelOrder(resting.id(), " ", "oscar")).field());
        assertEquals("CANCELED", interventions.cancelOrder(resting.id(), "it: not needed", "oscar").status());
        assertEquals("orderId", assertThrows(InvalidSetting.class,
                () -> interventions.cancelOrder(resting.id(), "it: again", "oscar")).field(), "only a working order");

        assertEquals("quantity", assertThrows(InvalidSetting.class, () -> interventions.closePosition(desk.first().id(),
                "AAPL", new BigDecimal("11"), "it: too much", "oscar")).field());
        assertEquals("symbol", assertThrows(InvalidSetting.class, () -> interventions.closePosition(desk.first().id(),
                "MSFT", null, "it: none held", "oscar")).field());
        OrderView close = interventions.closePosition(desk.first().id(), "AAPL", new BigDecimal("4"), "it: lighten", "oscar");
        assertEquals("CLOSE", close.leg());
        assertEquals("SELL", close.side().name());
        await().atMost(InContainer.PATIENCE).until(() -> log.positions(desk.first().id()).getFirst().quantity()
                .compareTo(new BigDecimal("6")) == 0);
        await().atMost(InContainer.PATIENCE).until(() -> InContainer.column(
                "select action from audit_entry where actor = 'oscar' and subject_id in (?, ?) order by sequence_no",
                resting.clientOrderId(), desk.first().id() + ":AAPL").containsAll(List.of("order.modified",
                "order.cancelled", "position.closed")));
    }

    /** Waits until every delivery of the signal is finished; answers them. */
    private List<DeliveryView> settle(UUID signal) {
        return tradingDesk.settled(signal).deliveries();
    }

    private static DeliveryView of(List<DeliveryView> deliveries, BrokerAccountView account) {
        return deliveries.stream().filter(d -> d.accountId().equals(account.id())).findFirst().orElseThrow();
    }

    private long submits(BrokerAccountView account) {
        return tradingDesk.submits(account.id());
    }
}
