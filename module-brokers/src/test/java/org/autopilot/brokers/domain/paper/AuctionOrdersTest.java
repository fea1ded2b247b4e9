package org.autopilot.brokers.domain.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderStatus;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OPG and CLS orders at the paper venue trade at their instrument's session open or close: the first quote at or
 * after it fills them, and an instrument that trades around the clock refuses them.
 */
class AuctionOrdersTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Wednesday 1 July 2026, 08:00 in New York. */
    private static final Instant BEFORE_OPEN = Instant.parse("2026-07-01T12:00:00Z");

    private final Map<String, Quote> quotes = new HashMap<>();
    private final Map<String, InstrumentSpec> instruments = Map.of(
            "AAPL", instrument("AAPL", AssetClass.STOCK, "Mon-Fri 09:30-16:00"),
            "BTCUSD", instrument("BTCUSD", AssetClass.CRYPTO, "24/7"));
    private Instant now = BEFORE_OPEN;
    private final PaperExchange venue = new PaperExchange(PaperVenueSnapshot.opening("USD", new BigDecimal("100000")),
            BigDecimal.ZERO, new QuoteSource() {
                @Override
                public Optional<Quote> latest(String symbol) {
                    return Optional.ofNullable(quotes.get(symbol));
                }

                @Override
                public Optional<InstrumentSpec> instrument(String symbol) {
                    return Optional.ofNullable(instruments.get(symbol));
                }
            }, PaperOrderArchive.NONE, new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    private static InstrumentSpec instrument(String symbol, AssetClass assetClass, String sessions) {
        return new InstrumentSpec(symbol, assetClass, "USD", "XTEST", NEW_YORK, ExchangeSessions.parse(sessions),
                new BigDecimal("0.01"), BigDecimal.ONE, false);
    }

    /** The market quotes {@code symbol} at {@code at}. */
    private void quoteAt(Instant at, String symbol) {
        now = at;
        Quote quote = new Quote(symbol, new BigDecimal("100.00"), new BigDecimal("100.02"), at);
        quotes.put(symbol, quote);
        venue.onQuote(quote);
    }

    private OrderReport submit(String id, String symbol, TimeInForce tif) {
        return venue.submit(OrderRequest.market(id, symbol, OrderSide.BUY, BigDecimal.ONE, tif));
    }

    private OrderStatus status(String id) {
        return venue.orderStatus(id).orElseThrow().status();
    }

    /**
     * Each row: the order's time in force, when it was accepted, the last quote that leaves it working, and the quote
     * that fills it (AAPL, Mon-Fri 09:30-16:00 New York; Wednesday 1 July 2026 opens at 13:30Z and closes at 20:00Z).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // before the open: today's open
            "OPG | 2026-07-01T12:00:00Z | 2026-07-01T13:29:59Z | 2026-07-01T13:30:00Z",
            // during the session: tomorrow's open
            "OPG | 2026-07-01T14:30:00Z | 2026-07-02T13:29:59Z | 2026-07-02T13:30:00Z",
            // on Friday after the close: Monday's open
            "OPG | 2026-07-03T20:00:00Z | 2026-07-06T13:29:59Z | 2026-07-06T13:30:00Z",
            // during the session: today's close
            "CLS | 2026-07-01T13:30:00Z | 2026-07-01T19:59:59Z | 2026-07-01T20:00:00Z",
            // after the close: the next session's close, not its open
            "CLS | 2026-07-01T20:01:00Z | 2026-07-02T13:30:00Z | 2026-07-02T20:00:00Z"})
    void anOpeningOrClosingOrderFillsAtTheFirstQuoteAtOrAfterItsMoment(TimeInForce tif, Instant acceptedAt,
                                                                        Instant lastWorking, Instant fills) {
        quoteAt(acceptedAt, "AAPL");
        assertEquals(OrderStatus.NEW, submit("auction", "AAPL", tif).status(), "never filled at submission");
        quoteAt(lastWorking, "AAPL");
        assertEquals(OrderStatus.NEW, status("auction"), "still working at " + lastWorking);
        quoteAt(fills, "AAPL");
        assertEquals(OrderStatus.FILLED, status("auction"));
    }

    @Test
    void aRoundTheClockInstrumentRefusesOpeningAndClosingOrders() {
        quoteAt(BEFORE_OPEN, "BTCUSD");
        venue.drainChanges();
        assertEquals(OrderStatus.REJECTED, submit("opg", "BTCUSD", TimeInForce.OPG).status());
        assertEquals("OPG orders trade at an exchange's open or close; BTCUSD trades 24/7",
                venue.drainChanges().reports().getLast().reason(), "the reason goes out with the report");
        assertEquals(OrderStatus.REJECTED, submit("cls", "BTCUSD", TimeInForce.CLS).status());
        assertEquals(OrderStatus.FILLED, submit("gtc", "BTCUSD", TimeInForce.GTC).status(), "other orders trade");
    }
}
