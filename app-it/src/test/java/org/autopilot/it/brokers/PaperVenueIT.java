package org.autopilot.it.brokers;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BracketRequest;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.api.ExecutionReports;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderStatus;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.PaperMarket;
import org.autopilot.brokers.api.PaperVenueLog;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.brokers.api.Venue;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The paper venue inside WildFly behind the real gateway contract: fills against the paper market, money and
 * positions, pushed reports on the executions stream (seen where trading keeps the reports of orders it never sent),
 * the venue's own log, idempotency read from the database and under concurrent calls, DAY expiry, and the venue's
 * own transaction. Every test opens its own account and stops the random walk, so the prices are the ones the test
 * publishes (the market still ticks, for expiry).
 */
@ExtendWith(ArquillianExtension.class)
class PaperVenueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PaperVenueIT.class);
    }

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerAccounts accounts;

    @Inject
    BrokerGateways gateways;

    @Inject
    PaperMarket market;

    @Inject
    PaperVenueLog venueLog;

    @Inject
    InstrumentCatalog instruments;

    @Inject
    UserTransaction transaction;

    @Inject
    JMSContext jms;

    @BeforeEach
    void holdTheMarket() {
        market.setRandomWalk(false);
    }

    @Test
    void everyInstrumentIsQuotedOnItsTickFromDeploymentOnAndAMarketOrderFillsAtOnce() {
        assertTrue(InContainer.appliedMigrations("brokers").contains("3"));
        List<InstrumentView> all = instruments.all();
        assertTrue(all.size() >= 14, "the seeded instruments");
        for (InstrumentView instrument : all) {
            Quote quote = market.quote(instrument.spec().symbol()).orElseThrow();
            BigDecimal tick = instrument.spec().tickSize();
            assertEquals(0, quote.bid().remainder(tick).signum(), quote.toString());
            assertEquals(0, quote.ask().remainder(tick).signum(), quote.toString());
            assertTrue(quote.bid().signum() > 0 && quote.ask().compareTo(quote.bid()) > 0, quote.toString());
        }
        UUID account = paperAccount("100000", "0");
        Quote msft = market.quote("MSFT").orElseThrow();
        OrderReport bought = gateways.forAccount(account).submit(OrderRequest.market(id("msft"), "MSFT", OrderSide.BUY,
                d("1"), TimeInForce.DAY));
        assertEquals(OrderStatus.FILLED, bought.status());
        assertEquals(0, msft.ask().compareTo(bought.averagePrice()), "no slippage on this account");
    }

    @Test
    void aMarketOrderFillsAtTheQuotePlusSlippageAndMovesCashPositionsAndEquity() {
        UUID account = paperAccount("100000", "10");
        BrokerGateway gateway = gateways.forAccount(account);
        List<OrderReport> heard = new CopyOnWriteArrayList<>();
        gateway.onExecution(heard::add);
        publish("AAPL", "199.98", "200.02");

        OrderReport report = gateway.submit(OrderRequest.market(id("mkt"), "AAPL", OrderSide.BUY, d("10"),
                TimeInForce.DAY));

        assertEquals(OrderStatus.FILLED, report.status());
        assertEquals(List.of(OrderStatus.NEW, OrderStatus.FILLED), heard.stream().map(OrderReport::status).toList());
        assertEquals(0, d("200.22002").compareTo(report.averagePrice()), "200.02 + 10 bps");
        AccountBalance balance = gateway.account();
        assertEquals(0, d("97997.7998").compareTo(balance.cash()));
        assertEquals(0, d("99997.7998").compareTo(balance.equity()), "10 AAPL marked at the mid, 200");
        BrokerPosition position = gateway.positions().getFirst();
        assertEquals("AAPL", position.symbol());
        assertEquals(0, d("10").compareTo(position.quantity()));
        assertEquals(0, d("200.22002").compareTo(position.averagePrice()));
        assertTrue(pushed(account).isEmpty(), "a call's answer goes to the caller, not to the queue");
        String stored = revision(account);
        publish("AAPL", "201.00", "201.04");
        assertEquals(stored, revision(account), "no working order: the quote writes nothing for this account");
    }

    @Test
    void aRestingLimitOrderFillsWhenTheMarketComesToItAndTheFillIsPushed() {
        UUID account = paperAccount("50000", "0");
        BrokerGateway gateway = gateways.forAccount(account);
        publish("NVDA", "180.00", "180.02");
        String id = id("lmt");

        OrderReport accepted = gateway.submit(limitBuy(id, "NVDA", "5", TimeInForce.GTC, "179.50"));
        assertEquals(OrderStatus.NEW, accepted.status());
        String stored = revision(account);
        publish("NVDA", "179.70", "179.72");
        assertEquals(OrderStatus.NEW, gateway.orderStatus(id).orElseThrow().status());
        assertEquals(stored, revision(account), "a quote that fills nothing writes nothing");
        publish("NVDA", "179.40", "179.45");

        OrderReport filled = gateway.orderStatus(id).orElseThrow();
        assertEquals(OrderStatus.FILLED, filled.status());
        assertEquals(0, d("179.45").compareTo(filled.averagePrice()), "filled at the touch");
        assertEquals(1, logged(account, "SUBMIT", id));
        await().atMost(InContainer.PATIENCE).until(() -> !pushed(account).isEmpty());
        List<OrderReport> pushed = pushed(account);
        assertEquals(List.of(id + " FILLED"), pushedStates(account));
        assertEquals(0, d("5").compareTo(pushed.getFirst().lastQuantity()));
        assertEquals(0, d("179.45").compareTo(pushed.getFirst().lastPrice()));
    }

    @Test
    void aKnownClientOrderIdIsRecognisedFromTheDatabaseByAFreshGateway() {
        UUID account = paperAccount("100000", "0");
        publish("AMZN", "230.00", "230.04");
        String filled = id("dup-f");
        String resting = id("dup-r");
        OrderRequest market = OrderRequest.market(filled, "AMZN", OrderSide.BUY, d("10"), TimeInForce.DAY);
        OrderRequest limit = limitBuy(resting, "AMZN", "10", TimeInForce.GTC, "220.00");
        gateways.forAccount(account).submit(market);
        gateways.forAccount(account).submit(limit);
        // what a restart or another server leaves behind: the stored venue moved on, the one in memory is stale
        assertEquals(1, InContainer.update("update paper_venue set cash = cash + 1, revision = revision + 1"
                + " where account_id = ?", account.toString()));

        BrokerGateway fresh = gateways.forAccount(account);
        assertEquals(0, d("97700.6").compareTo(fresh.account().cash()), "100000 - 2300.40 + the 1 written to the table");
        OrderReport again = fresh.submit(market);
        OrderReport restingAgain = fresh.submit(limit);

        assertEquals(OrderStatus.FILLED, again.status());
        assertEquals("duplicate client order id; the original order stands", again.reason());
        assertEquals(OrderStatus.NEW, restingAgain.status());
        assertEquals(0, d("10").compareTo(fresh.positions().getFirst().quantity()), "no second fill");
        for (String id : List.of(filled, resting)) {
            assertEquals(1, logged(account, "SUBMIT", id), id);
            assertEquals(1, logged(account, "DUPLICATE_SUBMIT", id), id);
        }
        publish("AMZN", "219.90", "219.95");
        assertEquals(OrderStatus.FILLED, fresh.orderStatus(resting).orElseThrow().status(), "read back, still working");
        assertEquals(0, d("20").compareTo(fresh.positions().getFirst().quantity()));
        staleVenue(account);
        BrokerPosition stored = gateways.forAccount(account).positions().getFirst();
        assertEquals(0, d("20").compareTo(stored.quantity()), "the stored position was updated, not only the held one");
        assertEquals(0, d("224.995").compareTo(stored.averagePrice()), "(10 x 230.04 + 10 x 219.95) / 20");
    }

    @Test
    void whatTheVenueAcceptedStaysAcceptedWhenTheCallersTransactionRollsBack() throws Exception {
        UUID account = paperAccount("100000", "0");
        publish("TSLA", "400.00", "400.10");
        String id = id("rb");

        transaction.begin();
        try {
            assertEquals(OrderStatus.FILLED, gateways.forAccount(account).submit(OrderRequest.market(id, "TSLA",
                    OrderSide.BUY, d("2"), TimeInForce.DAY)).status());
        } finally {
            transaction.rollback();
        }

        assertEquals(List.of("FILLED"), InContainer.column("select status from paper_order where account_id = ?"
                + " and client_order_id = ?", account.toString(), id));
        staleVenue(account);
        BrokerGateway gateway = gateways.forAccount(account);
        assertEquals(OrderStatus.FILLED, gateway.orderStatus(id).orElseThrow().status());
        assertEquals(0, d("2").compareTo(gateway.positions().getFirst().quantity()));
        assertEquals(1, logged(account, "SUBMIT", id));
    }

    @Test
    void bracketLegsGoLiveSilentlyAndTheirFillAndCancelArePushed() {
        UUID account = paperAccount("100000", "0");
        BrokerGateway gateway = gateways.forAccount(account);
        publish("SPY", "684.00", "684.10");
        String entry = id("br");

        assertEquals(OrderStatus.FILLED, gateway.submit(new OrderRequest(entry, "SPY", OrderSide.BUY, d("3"),
                OrderType.MARKET, TimeInForce.DAY, null, null, null, null,
                new BracketRequest(d("690.00"), d("680.00"), null, null, null))).status());
        assertEquals(OrderStatus.NEW, gateway.orderStatus(entry + ":tp").orElseThrow().status());
        assertEquals(OrderStatus.NEW, gateway.orderStatus(entry + ":sl").orElseThrow().status());
        assertTrue(pushed(account).isEmpty(), "the legs went live with the entry's fill, without reports");

        publish("SPY", "690.00", "690.10");

        await().atMost(InContainer.PATIENCE).until(() -> pushed(account).size() == 2);
        assertEquals(Set.of(entry + ":tp FILLED", entry + ":sl CANCELED"), Set.copyOf(pushedStates(account)));
        assertTrue(gateway.positions().isEmpty());
        assertEquals(List.of(), InContainer.column("select symbol from paper_position where account_id = ?",
                account.toString()), "the closed position's row is deleted");
    }

    @Test
    void aDayOrderExpiresAtTheNextTickAfterItsOwnInstrumentsCloseAndTheExpiryIsPushed() {
        UUID account = paperAccount("100000", "0");
        BrokerGateway gateway = gateways.forAccount(account);
        publish("JPM", "318.00", "318.05");
        String day = id("day");
        String gtc = id("gtc");
        String afterClose = id("day-after-close");
        String crypto = id("day-crypto");
        gateway.submit(limitBuy(day, "JPM", "1", TimeInForce.DAY, "300.00"));
        gateway.submit(limitBuy(gtc, "JPM", "1", TimeInForce.GTC, "300.00"));
        gateway.submit(limitBuy(afterClose, "JPM", "1", TimeInForce.DAY, "300.00"));
        gateway.submit(limitBuy(crypto, "BTCUSD", "0.001", TimeInForce.DAY, "1.00"));
        // as if accepted a week ago (a JPM close has passed since), just after JPM's last close (Mon-Fri 09:30-16:00
        // New York), and just after the last midnight UTC (BTCUSD is 24/7 in UTC: its day has not ended yet) ...
        Instant now = Instant.now();
        acceptedAt(account, day, now.minus(7, ChronoUnit.DAYS));
        acceptedAt(account, gtc, now.minus(7, ChronoUnit.DAYS));
        acceptedAt(account, afterClose, lastClose("JPM", now).plusSeconds(1));
        acceptedAt(account, crypto, lastClose("BTCUSD", now).plusSeconds(1));
        staleVenue(account); // ... and the venue in memory is stale

        await().pollInSameThread().atMost(InContainer.PATIENCE).until(() -> !pushed(account).isEmpty());

        assertEquals(OrderStatus.EXPIRED, gateway.orderStatus(day).orElseThrow().status());
        assertEquals(OrderStatus.NEW, gateway.orderStatus(gtc).orElseThrow().status());
        assertEquals(OrderStatus.NEW, gateway.orderStatus(afterClose).orElseThrow().status());
        assertEquals(OrderStatus.NEW, gateway.orderStatus(crypto).orElseThrow().status());
        assertEquals(List.of(day + " EXPIRED"), pushedStates(account));
    }

    @Test
    void openingAndClosingOrdersWaitForTheirInstrumentsOpenAndCloseAndA247InstrumentRefusesThem() {
        UUID account = paperAccount("100000", "0");
        BrokerGateway gateway = gateways.forAccount(account);
        publish("AMZN", "230.00", "230.02");
        String opg = id("opg");
        String cls = id("cls");
        String opgWaiting = id("opg-waiting");
        assertEquals(OrderStatus.NEW, gateway.submit(OrderRequest.market(opg, "AMZN", OrderSide.BUY, d("1"),
                TimeInForce.OPG)).status(), "an opening order never fills at submission");
        gateway.submit(OrderRequest.market(cls, "AMZN", OrderSide.BUY, d("1"), TimeInForce.CLS));
        gateway.submit(OrderRequest.market(opgWaiting, "AMZN", OrderSide.BUY, d("1"), TimeInForce.OPG));
        // as if the first two were accepted a week ago (an open and a close of AMZN, Mon-Fri 09:30-16:00 New York,
        // have passed since); the third was accepted just now, so its next open is still to come ...
        Instant weekAgo = Instant.now().minus(7, ChronoUnit.DAYS);
        acceptedAt(account, opg, weekAgo);
        acceptedAt(account, cls, weekAgo);
        staleVenue(account); // ... and the venue in memory is stale

        publish("AMZN", "230.10", "230.12");

        assertEquals(OrderStatus.FILLED, gateway.orderStatus(opg).orElseThrow().status());
        assertEquals(OrderStatus.FILLED, gateway.orderStatus(cls).orElseThrow().status());
        assertEquals(OrderStatus.NEW, gateway.orderStatus(opgWaiting).orElseThrow().status());
        assertEquals(OrderStatus.REJECTED, gateway.submit(OrderRequest.market(id("opg-btc"), "BTCUSD", OrderSide.BUY,
                d("0.001"), TimeInForce.OPG)).status(), "BTCUSD trades 24/7: no open, no close");
    }

    @Test
    void concurrentSubmitsOfTheSameIdsNeverDoubleAnOrder() throws Exception {
        UUID account = paperAccount("1000000", "0");
        publish("QQQ", "612.00", "612.05");
        List<String> ids = IntStream.range(0, 10).mapToObj(i -> id("par" + i)).toList();
        ExecutorService executor = (ExecutorService) new InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        List<Future<OrderReport>> sent = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            for (String id : ids) {
                sent.add(executor.submit(() -> gateways.forAccount(account).submit(OrderRequest.market(id, "QQQ",
                        OrderSide.BUY, d("1"), TimeInForce.DAY))));
            }
        }
        for (Future<OrderReport> answer : sent) {
            assertEquals(OrderStatus.FILLED, answer.get(60, TimeUnit.SECONDS).status());
        }

        assertEquals(0, d("10").compareTo(gateways.forAccount(account).positions().getFirst().quantity()));
        for (String id : ids) {
            assertEquals(1, logged(account, "SUBMIT", id), id);
            assertEquals(3, logged(account, "DUPLICATE_SUBMIT", id), id);
        }
    }

    @Test
    void badRequestsAreRefusedWithAPreciseMessage() {
        UUID unknown = UUID.randomUUID();
        assertEquals("no broker account " + unknown, assertThrows(IllegalArgumentException.class,
                () -> gateways.forAccount(unknown)).getMessage());
        UUID live = accounts.open(connections.register("it-pv-alpaca-" + UUID.randomUUID(), Venue.ALPACA,
                URI.create("https://paper-api.alpaca.markets")).id(), "it-pv-live-" + UUID.randomUUID(), "USD", null,
                null, "it-admin").id();
        String message = assertThrows(IllegalArgumentException.class, () -> gateways.forAccount(live)).getMessage();
        assertTrue(message.contains("ALPACA") && message.contains("only PAPER accounts"), message);
        assertThrows(IllegalArgumentException.class, () -> venueLog.log(live));
        assertThrows(IllegalArgumentException.class, () -> venueLog.log(unknown));

        Quote before = market.quote("AAPL").orElseThrow();
        assertEquals("quote 100.001 / 100.01 of AAPL is off the instrument's tick 0.01", assertThrows(
                IllegalArgumentException.class, () -> publish("AAPL", "100.001", "100.01")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> publish("NOPE", "1", "2")).getMessage()
                .startsWith("no active instrument NOPE"));
        assertEquals(before, market.quote("AAPL").orElseThrow(), "a refused quote changes nothing");
    }

    private UUID paperAccount(String startingCash, String slippageBasisPoints) {
        UUID connection = connections.register("it-pv-" + UUID.randomUUID(), Venue.PAPER, null).id();
        return accounts.open(connection, "it-pv-" + UUID.randomUUID(), "USD", d(startingCash), d(slippageBasisPoints),
                "it-admin").id();
    }

    private static OrderRequest limitBuy(String id, String symbol, String quantity, TimeInForce tif, String limit) {
        return new OrderRequest(id, symbol, OrderSide.BUY, d(quantity), OrderType.LIMIT, tif, d(limit), null, null, null,
                null);
    }

    /** "client order id STATUS" of each report on the queue for this account, oldest first. */
    private List<String> pushedStates(UUID account) {
        return pushed(account).stream().map(r -> r.clientOrderId() + " " + r.status()).toList();
    }

    private static void acceptedAt(UUID account, String clientOrderId, Instant acceptedAt) {
        InContainer.update("update paper_order set accepted_at = ? where account_id = ? and client_order_id = ?",
                Timestamp.from(acceptedAt), account.toString(), clientOrderId);
    }

    /** The venue held in memory no longer matches the stored one, so the next call reads it back. */
    private static void staleVenue(UUID account) {
        InContainer.update("update paper_venue set revision = revision + 1 where account_id = ?", account.toString());
    }

    private Instant lastClose(String symbol, Instant now) {
        InstrumentSpec spec = instruments.bySymbol(symbol).orElseThrow().spec();
        return spec.sessions().lastClose(now, spec.exchangeZone());
    }

    private static String revision(UUID account) {
        return InContainer.column("select revision from paper_venue where account_id = ?", account.toString())
                .getFirst();
    }

    private Quote publish(String symbol, String bid, String ask) {
        return market.publish(new Quote(symbol, d(bid), d(ask), Instant.now()));
    }

    private long logged(UUID account, String kind, String clientOrderId) {
        return venueLog.log(account).stream()
                .filter(e -> e.kind().equals(kind) && e.clientOrderId().equals(clientOrderId)).count();
    }

    /**
     * The reports pushed on the executions stream for this account, oldest first. Trading consumes the stream; the
     * orders of this test are unknown to trading, so after its retries it keeps them as unmatched reports.
     */
    private List<OrderReport> pushed(UUID account) {
        return InContainer.rows("select client_order_id, status, last_quantity, last_price from unmatched_report"
                + " where account_id = ? order by received_at, id", account.toString()).stream()
                .map(r -> new OrderReport(r.get(0), null, null, null, OrderStatus.valueOf(r.get(1)), null, null, null,
                        r.get(2) == null ? null : new BigDecimal(r.get(2)), r.get(3) == null ? null : new BigDecimal(r.get(3)),
                        null, null))
                .toList();
    }

    private static Queue executions() {
        try {
            return (Queue) new InitialContext().lookup(ExecutionReports.QUEUE_JNDI);
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
