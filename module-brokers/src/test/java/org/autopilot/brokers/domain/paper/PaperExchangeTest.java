package org.autopilot.brokers.domain.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BracketRequest;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderStatus;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.api.TimeInForce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaperExchangeTest {

    private static final Instant T = Instant.parse("2026-04-01T14:00:00Z");
    private final Map<String, Quote> market = new HashMap<>();
    private PaperExchange venue;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private void quote(String bid, String ask) {
        Quote quote = new Quote("AAPL", d(bid), d(ask), T);
        market.put(quote.symbol(), quote);
        venue.onQuote(quote);
    }

    /** The venue's log so far (draining is the only way out of the venue; these tests keep every order in memory). */
    private List<PaperLogEntry> log() {
        return venue.drainChanges().log();
    }

    private OrderReport submit(String id, OrderSide side, String qty, OrderType type, TimeInForce tif, String limit,
                               String stop) {
        return venue.submit(new OrderRequest(id, "AAPL", side, d(qty), type, tif, limit == null ? null : d(limit),
                stop == null ? null : d(stop), null, null, null));
    }

    private OrderStatus status(String id) {
        return venue.orderStatus(id).orElseThrow().status();
    }

    @BeforeEach
    void openAccount() {
        // 10 basis points of slippage on market-like fills
        venue = new PaperExchange(PaperVenueSnapshot.opening("USD", d("100000")), d("10"),
                symbol -> Optional.ofNullable(market.get(symbol)), PaperOrderArchive.NONE, Clock.fixed(T, ZoneOffset.UTC));
        quote("99.98", "100.02");
    }

    @Test
    void marketBuyFillsAtTheAskPlusSlippageAndMovesCash() {
        OrderReport r = venue.submit(OrderRequest.market("o1", "AAPL", OrderSide.BUY, d("10"), TimeInForce.DAY));
        assertEquals(OrderStatus.FILLED, r.status());
        assertEquals(0, d("100.12002").compareTo(venue.orderStatus("o1").orElseThrow().averagePrice()));
        AccountBalance b = venue.account();
        assertEquals(0, d("98998.7998").compareTo(b.cash()));
        assertEquals(0, d("99998.7998").compareTo(b.equity()), "marked at mid 100");
        assertEquals(0, d("98998.7998").compareTo(b.buyingPower()));
        assertEquals(0, d("10").compareTo(venue.positions().getFirst().quantity()));
    }

    @Test
    void theSameClientOrderIdIsNeverExecutedTwice() {
        venue.submit(OrderRequest.market("dup", "AAPL", OrderSide.BUY, d("10"), TimeInForce.DAY));
        OrderReport again = venue.submit(OrderRequest.market("dup", "AAPL", OrderSide.BUY, d("10"), TimeInForce.DAY));
        assertEquals(OrderStatus.FILLED, again.status());
        assertEquals(0, d("10").compareTo(venue.positions().getFirst().quantity()), "one fill only");
        List<PaperLogEntry> log = log();
        assertEquals(1, log.stream().filter(e -> e.kind() == PaperLogEntry.Kind.SUBMIT).count());
        assertEquals(1, log.stream().filter(e -> e.kind() == PaperLogEntry.Kind.DUPLICATE_SUBMIT).count());
    }

    @Test
    void limitOrdersRestUntilTheTouchReachesThemAndFillAtTheTouch() {
        assertEquals(OrderStatus.NEW, submit("b", OrderSide.BUY, "5", OrderType.LIMIT, TimeInForce.GTC, "99.50", null).status());
        quote("99.60", "99.70");
        assertEquals(OrderStatus.NEW, status("b"));
        quote("99.40", "99.45");
        assertEquals(OrderStatus.FILLED, status("b"));
        assertEquals(0, d("99.45").compareTo(venue.orderStatus("b").orElseThrow().averagePrice()), "price improvement");
        assertEquals(OrderStatus.FILLED, submit("s", OrderSide.SELL, "5", OrderType.LIMIT, TimeInForce.DAY, "99", null)
                .status(), "a marketable limit fills at once");
    }

    @Test
    void stopsTriggerWhenTheTouchCrossesThem() {
        submit("stop", OrderSide.BUY, "1", OrderType.STOP, TimeInForce.GTC, null, "101");
        quote("100.50", "100.99");
        assertEquals(OrderStatus.NEW, status("stop"));
        quote("100.90", "101.00");
        assertEquals(OrderStatus.FILLED, status("stop"));
    }

    @Test
    void stopLimitNeedsItsStopThenItsLimit() {
        venue.submit(OrderRequest.market("long", "AAPL", OrderSide.BUY, d("2"), TimeInForce.DAY));
        submit("sl", OrderSide.SELL, "2", OrderType.STOP_LIMIT, TimeInForce.GTC, "97", "98");
        quote("96.50", "96.60");
        assertEquals(OrderStatus.NEW, status("sl"), "stop touched, but the bid is below the limit");
        quote("97.10", "97.20");
        assertEquals(OrderStatus.FILLED, status("sl"));
        assertEquals(0, d("97.10").compareTo(venue.orderStatus("sl").orElseThrow().averagePrice()));
    }

    @Test
    void trailingStopFollowsTheHighAndFiresOnTheRetreat() {
        venue.submit(OrderRequest.market("long", "AAPL", OrderSide.BUY, d("1"), TimeInForce.DAY));
        venue.submit(new OrderRequest("trail", "AAPL", OrderSide.SELL, d("1"), OrderType.TRAILING_STOP, TimeInForce.GTC,
                null, null, d("2"), null, null));
        quote("105.00", "105.02");
        quote("103.50", "103.52");
        assertEquals(OrderStatus.NEW, status("trail"), "105 - 2 = 103 not reached");
        quote("102.90", "102.92");
        assertEquals(OrderStatus.FILLED, status("trail"));
    }

    @Test
    void immediateOrCancelAndFillOrKillNeverRest() {
        assertEquals(OrderStatus.CANCELED, submit("ioc", OrderSide.BUY, "1", OrderType.LIMIT, TimeInForce.IOC, "90", null)
                .status());
        assertEquals(OrderStatus.FILLED, submit("fok", OrderSide.BUY, "1", OrderType.MARKET, TimeInForce.FOK, null, null)
                .status());
        OrderReport noQuote = venue.submit(new OrderRequest("fok2", "MSFT", OrderSide.BUY, d("1"), OrderType.MARKET,
                TimeInForce.FOK, null, null, null, null, null));
        assertEquals(OrderStatus.CANCELED, noQuote.status());
    }

    @Test
    void dayOrdersExpireAtTheEndOfTheSessionAndGtcOrdersStay() {
        submit("day", OrderSide.BUY, "1", OrderType.LIMIT, TimeInForce.DAY, "90", null);
        submit("gtc", OrderSide.BUY, "1", OrderType.LIMIT, TimeInForce.GTC, "90", null);
        assertTrue(venue.expireDayOrders(closes("AAPL", T)).isEmpty(),
                "accepted at the close itself: belongs to the next session");
        assertEquals(OrderStatus.NEW, status("day"));
        assertEquals(List.of(OrderStatus.EXPIRED), venue.expireDayOrders(closes("AAPL", T.plusSeconds(1))).stream()
                .map(OrderReport::status).toList());
        assertEquals(OrderStatus.EXPIRED, status("day"));
        assertEquals(OrderStatus.NEW, status("gtc"));
    }

    @Test
    void eachDayOrderExpiresAtItsOwnInstrumentsClose() {
        for (String symbol : List.of("AAPL", "BTCUSD", "NOTLISTED")) {
            venue.submit(new OrderRequest(symbol, symbol, OrderSide.BUY, d("1"), OrderType.LIMIT, TimeInForce.DAY,
                    d("1"), null, null, null, null));
        }
        // AAPL's session closed after the orders were accepted, BTCUSD's day ended before; NOTLISTED has no sessions
        SessionCloses closes = new SessionCloses(Map.of("AAPL", T.plusSeconds(60), "BTCUSD", T.minusSeconds(60)));

        assertEquals(List.of("AAPL EXPIRED"), venue.expireDayOrders(closes).stream()
                .map(r -> r.clientOrderId() + " " + r.status()).toList());
        assertEquals(OrderStatus.NEW, status("BTCUSD"));
        assertEquals(OrderStatus.NEW, status("NOTLISTED"));
        assertEquals(Optional.of(T.plusSeconds(60)), closes.latest());
    }

    private static SessionCloses closes(String symbol, Instant close) {
        return new SessionCloses(Map.of(symbol, close));
    }

    @Test
    void openingOrdersWaitForTheNextQuote() {
        submit("opg", OrderSide.BUY, "1", OrderType.MARKET, TimeInForce.OPG, null, null);
        assertEquals(OrderStatus.NEW, status("opg"));
        quote("101.00", "101.02");
        assertEquals(OrderStatus.FILLED, status("opg"));
    }

    @Test
    void bracketLegsGoLiveOnTheEntryFillAndCancelEachOther() {
        venue.submit(new OrderRequest("entry", "AAPL", OrderSide.BUY, d("10"), OrderType.MARKET, TimeInForce.DAY, null,
                null, null, null, new BracketRequest(d("110"), d("95"), null, null, null)));
        assertEquals(OrderStatus.NEW, status("entry:tp"));
        assertEquals(OrderStatus.NEW, status("entry:sl"));
        quote("110.00", "110.02");
        assertEquals(OrderStatus.FILLED, status("entry:tp"));
        assertEquals(OrderStatus.CANCELED, status("entry:sl"));
        assertTrue(venue.positions().isEmpty());
        assertTrue(log().stream().anyMatch(e -> e.detail().contains("one-cancels-other")));
    }

    @Test
    void orderBeyondBuyingPowerIsRejectedAndChangesNothing() {
        OrderReport r = venue.submit(OrderRequest.market("big", "AAPL", OrderSide.BUY, d("2000"), TimeInForce.DAY));
        assertEquals(OrderStatus.REJECTED, r.status());
        assertTrue(venue.orderStatus("big").orElseThrow().status() == OrderStatus.REJECTED);
        assertTrue(venue.positions().isEmpty());
        assertEquals(0, d("100000").compareTo(venue.account().cash()));
    }

    @Test
    void shortThenCoverRealizesTheDifference() {
        venue.submit(OrderRequest.market("short", "AAPL", OrderSide.SELL, d("10"), TimeInForce.DAY));
        assertEquals(0, d("-10").compareTo(venue.positions().getFirst().quantity()));
        quote("89.98", "90.00");
        venue.submit(OrderRequest.market("cover", "AAPL", OrderSide.BUY, d("10"), TimeInForce.DAY));
        assertTrue(venue.positions().isEmpty());
        // sold at 99.98 - 0.1% = 99.88002, bought at 90.00 + 0.1% = 90.09
        assertEquals(0, d("100097.9002").compareTo(venue.account().cash()));
    }

    @Test
    void cancelAndReplaceOnlyTouchWorkingOrders() {
        submit("w", OrderSide.BUY, "1", OrderType.LIMIT, TimeInForce.GTC, "90", null);
        OrderReport replaced = venue.replace("w", null, d("100.02"), null);
        assertEquals(OrderStatus.FILLED, replaced.status(), "the new limit is marketable");
        assertEquals(OrderStatus.FILLED, venue.cancel("w").status(), "a filled order cannot be cancelled");
        submit("w2", OrderSide.BUY, "1", OrderType.LIMIT, TimeInForce.GTC, "90", null);
        assertEquals(OrderStatus.CANCELED, venue.cancel("w2").status());
        assertEquals(OrderStatus.REJECTED, venue.cancel("nope").status());
    }

    @Test
    void listenersReceiveEveryReport() {
        List<OrderReport> seen = new ArrayList<>();
        venue.onExecution(seen::add);
        venue.submit(OrderRequest.market("m", "AAPL", OrderSide.BUY, d("1"), TimeInForce.DAY));
        assertEquals(List.of(OrderStatus.NEW, OrderStatus.FILLED), seen.stream().map(OrderReport::status).toList());
        assertNull(seen.getFirst().lastPrice());
    }
}
