package org.autopilot.brokers.domain.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.stream.Stream;
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

/** A venue survives being stored and restored: same money, positions and orders, and it goes on exactly the same. */
class PaperVenueStateTest {

    private static final Instant T = Instant.parse("2026-11-20T15:00:00Z");
    private static final List<String> IDS = List.of("long", "short", "resting", "stoplimit", "trail", "entry",
            "entry:tp", "entry:sl");

    private final Map<String, Quote> market = new HashMap<>();
    private StoredVenue store;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private void quote(String symbol, String bid, String ask, PaperExchange... venues) {
        Quote quote = new Quote(symbol, d(bid), d(ask), T);
        market.put(symbol, quote);
        for (PaperExchange venue : venues) {
            venue.onQuote(quote);
        }
    }

    private PaperExchange restore() {
        return new PaperExchange(store.snapshot(), d("10"), symbol -> Optional.ofNullable(market.get(symbol)), store,
                Clock.fixed(T, ZoneOffset.UTC));
    }

    private static OrderRequest order(String id, String symbol, OrderSide side, String qty, OrderType type,
                                      String limit, String stop, String trail, BracketRequest bracket) {
        return new OrderRequest(id, symbol, side, d(qty), type, TimeInForce.GTC, limit == null ? null : d(limit),
                stop == null ? null : d(stop), trail == null ? null : d(trail), null, bracket);
    }

    @BeforeEach
    void openVenue() {
        store = new StoredVenue(PaperVenueSnapshot.opening("USD", d("100000")));
    }

    /** Long AAPL, short MSFT, a resting limit, a triggered stop-limit, a trailing stop with a watermark, a live bracket. */
    private PaperExchange tradedVenue() {
        PaperExchange venue = restore();
        quote("AAPL", "99.98", "100.02");
        quote("MSFT", "400.00", "400.10");
        venue.submit(OrderRequest.market("long", "AAPL", OrderSide.BUY, d("10"), TimeInForce.DAY));
        venue.submit(OrderRequest.market("short", "MSFT", OrderSide.SELL, d("5"), TimeInForce.DAY));
        venue.submit(order("resting", "AAPL", OrderSide.BUY, "5", OrderType.LIMIT, "95", null, null, null));
        venue.submit(order("stoplimit", "AAPL", OrderSide.SELL, "10", OrderType.STOP_LIMIT, "98.50", "99", null, null));
        venue.submit(order("trail", "MSFT", OrderSide.BUY, "5", OrderType.TRAILING_STOP, null, null, "2", null));
        venue.submit(new OrderRequest("entry", "AAPL", OrderSide.BUY, d("1"), OrderType.MARKET, TimeInForce.DAY, null,
                null, null, null, new BracketRequest(d("110"), d("90"), null, null, null)));
        quote("AAPL", "98.40", "98.42", venue);
        quote("MSFT", "397.00", "397.10", venue);
        store.save(venue.drainChanges());
        return venue;
    }

    @Test
    void aRestoredVenueHasTheSameMoneyPositionsAndOrders() {
        PaperExchange original = tradedVenue();
        PaperExchange restored = restore();

        assertEquals(original.positions(), restored.positions());
        assertEquals(original.account(), restored.account());
        for (String id : IDS) {
            assertEquals(original.orderStatus(id).map(PaperVenueStateTest::withoutTime),
                    restored.orderStatus(id).map(PaperVenueStateTest::withoutTime), id);
        }
        assertEquals(OrderStatus.NEW, restored.orderStatus("stoplimit").orElseThrow().status(), "stop touched, limit not");
        assertEquals(OrderStatus.FILLED, restored.orderStatus("long").orElseThrow().status(), "finished: from the archive");
    }

    @Test
    void aRestoredVenueGoesOnExactlyLikeTheOriginal() {
        PaperExchange original = tradedVenue();
        PaperExchange restored = restore();
        List<OrderReport> fromOriginal = new ArrayList<>();
        List<OrderReport> fromRestored = new ArrayList<>();
        // above the stop, above the limit: fills only because the stop was already touched before the restore
        quote("AAPL", "99.50", "99.52");
        fromOriginal.addAll(original.onQuote(market.get("AAPL")));
        fromRestored.addAll(restored.onQuote(market.get("AAPL")));
        // 397.10 (watermark) + 2 = 399.10: fires only if the watermark came back
        quote("MSFT", "399.00", "399.20");
        fromOriginal.addAll(original.onQuote(market.get("MSFT")));
        fromRestored.addAll(restored.onQuote(market.get("MSFT")));
        quote("AAPL", "110.00", "110.02");
        fromOriginal.addAll(original.onQuote(market.get("AAPL")));
        fromRestored.addAll(restored.onQuote(market.get("AAPL")));

        assertEquals(fromOriginal, fromRestored);
        assertEquals(List.of("stoplimit FILLED", "trail FILLED", "entry:tp FILLED", "entry:sl CANCELED"),
                fromRestored.stream().map(r -> r.clientOrderId() + " " + r.status()).toList());
        assertEquals(original.account(), restored.account());
        assertEquals(original.positions(), restored.positions());
    }

    @Test
    void aKnownClientOrderIdStaysKnownAfterTheRestore() {
        tradedVenue();
        PaperExchange restored = restore();
        OrderReport again = restored.submit(OrderRequest.market("long", "AAPL", OrderSide.BUY, d("10"), TimeInForce.DAY));
        OrderReport resting = restored.submit(order("resting", "AAPL", OrderSide.BUY, "5", OrderType.LIMIT, "95", null,
                null, null));

        assertEquals(OrderStatus.FILLED, again.status());
        assertEquals(OrderStatus.NEW, resting.status());
        assertEquals("paper-1", again.brokerOrderId());
        store.save(restored.drainChanges());
        assertEquals(0, d("11").compareTo(restored.positions().getFirst().quantity()), "10 long + 1 entry, nothing more");
        assertEquals(1, store.log().stream().filter(e -> e.clientOrderId().equals("long")
                && e.kind() == PaperLogEntry.Kind.SUBMIT).count());
        assertEquals(2, store.log().stream().filter(e -> e.kind() == PaperLogEntry.Kind.DUPLICATE_SUBMIT).count());
        assertEquals(Optional.empty(), restored.orderStatus("never-sent"));
    }

    /** Each save checks (in {@link StoredVenue}) that the venue says "stored" exactly for the positions with a row. */
    @Test
    void aPositionIsNewToTheStoreOnlyWhileItHasNoRow() {
        PaperExchange venue = restore();
        quote("SPY", "500.00", "500.02");
        venue.submit(OrderRequest.market("open", "SPY", OrderSide.BUY, d("2"), TimeInForce.DAY));
        assertEquals(List.of(false), storedFlags(venue.drainChanges()), "opened: inserted");
        venue.submit(OrderRequest.market("add", "SPY", OrderSide.BUY, d("1"), TimeInForce.DAY));
        assertEquals(List.of(true), storedFlags(venue.drainChanges()), "added to: updated");

        PaperExchange restored = restore();
        restored.submit(OrderRequest.market("close", "SPY", OrderSide.SELL, d("3"), TimeInForce.DAY));
        assertEquals(List.of(true), storedFlags(restored.drainChanges()), "closed after a restore: deleted");
        restored.submit(OrderRequest.market("reopen", "SPY", OrderSide.SELL, d("1"), TimeInForce.DAY));
        assertEquals(List.of(false), storedFlags(restored.drainChanges()), "reopened short: inserted again");
        assertEquals(0, d("-1").compareTo(restore().positions().getFirst().quantity()));
    }

    private List<Boolean> storedFlags(PaperVenueChanges changes) {
        store.save(changes);
        return changes.positions().stream().map(PaperVenueChanges.ChangedPosition::stored).toList();
    }

    @Test
    void onlyWhatChangedIsDrained() {
        PaperExchange venue = tradedVenue();
        quote("AAPL", "98.40", "98.42", venue);
        assertTrue(venue.drainChanges().isEmpty(), "the same quote again changes nothing");

        quote("MSFT", "396.00", "396.10", venue);
        PaperVenueChanges lower = venue.drainChanges();
        assertEquals(List.of("trail"), lower.orders().stream().map(o -> o.request().clientOrderId()).toList(),
                "only the trailing stop's watermark moved");
        assertEquals(0, d("396.10").compareTo(lower.orders().getFirst().watermark()));
        assertTrue(lower.positions().isEmpty());
        assertTrue(lower.log().isEmpty());
    }

    @Test
    void reportsThatAnswerNoRequestArePushed() {
        PaperExchange venue = tradedVenue();
        venue.submit(order("another", "AAPL", OrderSide.BUY, "1", OrderType.LIMIT, "90", null, null, null));
        PaperVenueChanges submitted = venue.drainChanges();
        assertEquals(List.of(OrderStatus.NEW), submitted.reports().stream().map(OrderReport::status).toList());
        assertTrue(submitted.pushed().isEmpty(), "the answer of a call goes to the caller only");

        venue.replace("entry:tp", null, d("98.40"), null);
        PaperVenueChanges replaced = venue.drainChanges();
        assertEquals(List.of("entry:tp NEW", "entry:tp FILLED", "entry:sl CANCELED"), replaced.reports().stream()
                .map(r -> r.clientOrderId() + " " + r.status()).toList());
        assertEquals(List.of("entry:sl CANCELED"), replaced.pushed().stream()
                .map(r -> r.clientOrderId() + " " + r.status()).toList(), "the sibling's cancel answers no request");

        quote("AAPL", "89.00", "89.02", venue);
        PaperVenueChanges moved = venue.drainChanges();
        assertEquals(Stream.of("resting", "another").map(id -> id + " FILLED").toList(), moved.pushed().stream()
                .map(r -> r.clientOrderId() + " " + r.status()).toList());
        assertEquals(moved.reports(), moved.pushed());
    }

    @Test
    void finishedOrdersLeaveMemoryWithTheDrain() {
        PaperExchange venue = new PaperExchange(PaperVenueSnapshot.opening("USD", d("1000")), BigDecimal.ZERO,
                symbol -> Optional.of(new Quote(symbol, d("10"), d("10"), T)), PaperOrderArchive.NONE,
                Clock.fixed(T, ZoneOffset.UTC));
        venue.submit(OrderRequest.market("m", "AAPL", OrderSide.BUY, d("1"), TimeInForce.DAY));
        venue.submit(order("w", "AAPL", OrderSide.BUY, "1", OrderType.LIMIT, "5", null, null, null));
        venue.drainChanges();
        assertEquals(Optional.empty(), venue.orderStatus("m"), "without an archive a drained finished order is gone");
        assertEquals(OrderStatus.NEW, venue.orderStatus("w").orElseThrow().status());
    }

    @Test
    void numbersTheVenueCannotKeepExactlyAreRefusedAndChangeNothing() {
        PaperExchange venue = tradedVenue();
        IllegalArgumentException tooFine = assertThrows(IllegalArgumentException.class, () -> venue.submit(
                OrderRequest.market("fine", "AAPL", OrderSide.BUY, d("0.0000000000001"), TimeInForce.DAY)));
        assertEquals("0.0000000000001 has more than 12 decimals", tooFine.getMessage());
        assertThrows(IllegalArgumentException.class, () -> venue.submit(
                OrderRequest.market("long-symbol", "A".repeat(33), OrderSide.BUY, d("1"), TimeInForce.DAY)));
        assertTrue(venue.drainChanges().isEmpty());
        assertEquals(OrderStatus.NEW, venue.orderStatus("resting").orElseThrow().status());
        assertTrue(venue.replace("resting", d("1.1234567890123"), null, null).reason().startsWith("replace refused: "));
    }

    private static OrderReport withoutTime(OrderReport r) {
        return new OrderReport(r.clientOrderId(), r.brokerOrderId(), r.symbol(), r.side(), r.status(), r.quantity(),
                r.filledQuantity(), r.averagePrice(), r.lastQuantity(), r.lastPrice(), r.reason(), null);
    }
}
