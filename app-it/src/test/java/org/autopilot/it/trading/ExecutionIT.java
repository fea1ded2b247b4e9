package org.autopilot.it.trading;

import static org.autopilot.it.support.Webhooks.accept;
import static org.autopilot.it.support.Webhooks.accept;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.PaperVenueLog;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.it.support.TradingDesk;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.DeliveryView;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.OrderView;
import org.autopilot.trading.api.PositionView;
import org.autopilot.trading.api.SignalDetail;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.Subscriptions;
import org.autopilot.trading.infrastructure.jms.AccountWorkers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signals to orders inside WildFly with the paper venue: a webhook fans out to every subscribed account, each
 * account's worker plans and sends on its own queue, fills become positions, a side swap sends its entry only
 * after its exit filled, and a stopped worker keeps its queued work until it is started again. Every claim about
 * orders is checked against the paper venue's own log as well as Autopilot's records.
 */
@ExtendWith(ArquillianExtension.class)
class ExecutionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ExecutionIT.class);
    }

    @Inject
    TradingDesk desk;

    @Inject
    BrokerAccounts accounts;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ExecutionLog log;

    @Inject
    PaperVenueLog venue;

    @Inject
    AccountWorkers workers;

    @Test
    void aSignalTradesEverySubscribedAccountOnceAndAPlannerRefusalIsExplained() throws Exception {
        desk.quote("AAPL", "200.00", "200.02");
        WebhookSecret strategy = desk.strategy("it-exec", "AAPL");
        BrokerAccountView first = desk.paperAccount("it-exec");
        BrokerAccountView second = desk.paperAccount("it-exec");
        BrokerAccountView shortOnly = desk.paperAccount("it-exec");
        subscriptions.subscribe(strategy.id(), first.id(), SubscriptionSettings.defaults(), "it-admin");
        subscriptions.subscribe(strategy.id(), second.id(), SubscriptionSettings.defaults(), "it-admin");
        subscriptions.subscribe(strategy.id(), shortOnly.id(), sides(AllowedSides.SHORT_ONLY), "it-admin");

        UUID signal = accept(strategy.path(), "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":10}");

        SignalDetail detail = desk.settled(signal);
        assertEquals(3, detail.summary().subscriptions());
        assertEquals(2, detail.summary().sent(), detail.toString());
        assertEquals(1, detail.summary().notTraded());
        Map<UUID, DeliveryView> byAccount = detail.deliveries().stream()
                .collect(Collectors.toMap(DeliveryView::accountId, Function.identity()));
        assertEquals("IGNORED", byAccount.get(shortOnly.id()).status());
        assertTrue(byAccount.get(shortOnly.id()).reason().contains("long"), byAccount.get(shortOnly.id()).reason());
        for (BrokerAccountView account : List.of(first, second)) {
            OrderView order = await().ignoreExceptions().atMost(InContainer.PATIENCE).until(
                    () -> log.signal(signal).orElseThrow().deliveries().stream()
                            .filter(d -> d.accountId().equals(account.id())).findFirst().orElseThrow().orders().getFirst(),
                    o -> o.status().equals("FILLED"));
            assertEquals(0, new BigDecimal("10").compareTo(order.filledQuantity()));
            assertTrue(order.averagePrice().compareTo(new BigDecimal("200.02")) >= 0, "buy fills at the ask or worse");
            PositionView position = log.positions(account.id()).getFirst();
            assertEquals("AAPL", position.symbol());
            assertEquals(0, BigDecimal.TEN.compareTo(position.quantity()));
            assertEquals(1, submits(account.id(), order.clientOrderId()), "the venue received the order exactly once");
        }
        assertTrue(venue.log(shortOnly.id()).isEmpty(), "nothing reached the venue of the refused account");
    }

    @Test
    void aSideSwapSendsItsEntryOnlyAfterItsExitFilled() throws Exception {
        desk.quote("MSFT", "400.00", "400.05");
        WebhookSecret strategy = desk.strategy("it-swap", "MSFT");
        BrokerAccountView account = desk.paperAccount("it-exec");
        subscriptions.subscribe(strategy.id(), account.id(), SubscriptionSettings.defaults(), "it-admin");
        UUID entry = accept(strategy.path(), "{\"ticker\":\"MSFT\",\"action\":\"buy\",\"quantity\":10}");
        await().ignoreExceptions().atMost(InContainer.PATIENCE).until(() -> log.signal(entry).orElseThrow().summary().sent() == 1);

        // sell 14 at a limit above the market, exit quantity subtracted: exit 10 rests, the short entry of 4 waits
        UUID swap = accept(strategy.path(), "{\"ticker\":\"MSFT\",\"action\":\"sell\",\"quantity\":14,"
                + "\"orderType\":\"limit\",\"limitPrice\":401}");
        DeliveryView waiting = await().ignoreExceptions().atMost(InContainer.PATIENCE).until(
                () -> log.signal(swap).orElseThrow().deliveries().getFirst(), d -> d.status().equals("WAITING"));
        OrderView exit = waiting.orders().get(0);
        OrderView swapEntry = waiting.orders().get(1);
        assertEquals("EXIT", exit.leg());
        assertEquals("NEW", exit.status());
        assertEquals("WAITING", swapEntry.status());
        assertEquals(0, submits(account.id(), swapEntry.clientOrderId()), "the entry is not at the venue yet");

        desk.quote("MSFT", "401.10", "401.15");

        DeliveryView done = await().ignoreExceptions().atMost(InContainer.PATIENCE).until(
                () -> log.signal(swap).orElseThrow().deliveries().getFirst(), d -> d.status().equals("SENT"));
        assertEquals("FILLED", done.orders().get(0).status());
        assertEquals(1, submits(account.id(), swapEntry.clientOrderId()));
        PositionView position = await().ignoreExceptions().atMost(InContainer.PATIENCE).until(
                () -> log.positions(account.id()).getFirst(), p -> p.quantity().signum() < 0);
        assertEquals(0, new BigDecimal("-4").compareTo(position.quantity()));
        assertTrue(position.realizedPnl().signum() > 0, "bought at ~400.05, sold at 401: " + position.realizedPnl());
    }

    @Test
    void aStoppedWorkerKeepsItsQueuedSignalsAndResumesWhenStarted() throws Exception {
        desk.quote("NVDA", "150.00", "150.01");
        WebhookSecret strategy = desk.strategy("it-stop", "NVDA");
        BrokerAccountView stopped = desk.paperAccount("it-exec");
        BrokerAccountView running = desk.paperAccount("it-exec");
        subscriptions.subscribe(strategy.id(), stopped.id(), SubscriptionSettings.defaults(), "it-admin");
        subscriptions.subscribe(strategy.id(), running.id(), SubscriptionSettings.defaults(), "it-admin");
        // both accounts get a signal first (an exit while flat: nothing to trade): their queues exist and are empty,
        // and the server has sent to them before
        UUID first = accept(strategy.path(), "{\"ticker\":\"NVDA\",\"action\":\"exit\"}");
        await().ignoreExceptions().atMost(InContainer.PATIENCE).until(() -> log.signal(first).orElseThrow().summary().notTraded() == 2);
        accounts.setWorkerRunning(stopped.id(), false, "it-operator");
        await().atMost(InContainer.PATIENCE).until(() -> !workers.isRunning(stopped.id()));

        UUID buy = accept(strategy.path(), "{\"ticker\":\"NVDA\",\"action\":\"buy\",\"quantity\":3}");
        UUID exit = accept(strategy.path(), "{\"ticker\":\"NVDA\",\"action\":\"exit\"}");
        UUID buyAgain = accept(strategy.path(), "{\"ticker\":\"NVDA\",\"action\":\"buy\",\"quantity\":2}");
        await().ignoreExceptions().atMost(InContainer.PATIENCE).until(() -> log.signal(buyAgain).orElseThrow().summary().sent() == 1);
        // the stopped account's deliveries wait in its queue, and keep waiting
        await().during(Duration.ofMillis(1500)).atMost(InContainer.PATIENCE)
                .until(() -> log.signal(buy).orElseThrow().summary().inProgress() == 1);
        assertTrue(venue.log(stopped.id()).isEmpty());

        accounts.setWorkerRunning(stopped.id(), true, "it-operator");
        await().ignoreExceptions().atMost(InContainer.PATIENCE).until(() -> log.signal(buyAgain).orElseThrow().summary().sent() == 2);
        // the worker takes queued deliveries together (one transaction) and still trades them in the order they were
        // queued: buy 3, exit (sell 3), buy 2; any other order ends with another position
        for (UUID signal : List.of(buy, exit, buyAgain)) {
            assertEquals(2, log.signal(signal).orElseThrow().summary().sent(), "both accounts traded " + signal);
        }
        assertEquals(0, BigDecimal.valueOf(2).compareTo(log.positions(stopped.id()).getFirst().quantity()));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(log.positions(running.id()).getFirst().quantity()));
        assertEquals(List.of("BUY", "SELL", "BUY"), venue.log(stopped.id()).stream()
                .filter(e -> e.kind().equals("SUBMIT")).map(e -> e.detail().contains("side=SELL") ? "SELL" : "BUY").toList(),
                "the venue received the orders in the signals' order");
    }

    private long submits(UUID accountId, String clientOrderId) {
        return venue.log(accountId).stream()
                .filter(e -> e.kind().equals("SUBMIT") && clientOrderId.equals(e.clientOrderId())).count();
    }

    private static SubscriptionSettings sides(AllowedSides sides) {
        SubscriptionSettings d = SubscriptionSettings.defaults();
        return new SubscriptionSettings(d.useSignalQuantity(), d.useSignalOrderType(), d.useSignalTimeInForce(),
                d.useSignalPrices(), d.useSignalTakeProfit(), d.useSignalStopLoss(), d.orderDefaults(), d.multiplier(),
                sides, d.sideSwapping(), d.subtractExitQuantity(), d.allowAddToPosition(), d.cancelOpenOrders(),
                d.tradingWindows(), d.allowExitsOutsideWindows());
    }

}
