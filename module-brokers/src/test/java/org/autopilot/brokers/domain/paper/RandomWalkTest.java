package org.autopilot.brokers.domain.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.autopilot.brokers.api.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RandomWalkTest {

    private static final Instant T = Instant.parse("2026-11-20T15:00:00Z");

    private static List<Quote> walk(long seed, Quote from, BigDecimal tick, int steps) {
        RandomWalk walk = new RandomWalk(seed);
        List<Quote> quotes = new ArrayList<>();
        Quote quote = from;
        for (int i = 0; i < steps; i++) {
            quote = walk.next(quote, tick, T);
            quotes.add(quote);
        }
        return quotes;
    }

    @Test
    void theSameSeedWalksTheSamePath() {
        Quote start = RandomWalk.around("AAPL", ReferencePrices.of("AAPL"), new BigDecimal("0.01"), T);
        assertEquals(walk(42, start, new BigDecimal("0.01"), 500), walk(42, start, new BigDecimal("0.01"), 500));
        assertNotEquals(walk(42, start, new BigDecimal("0.01"), 500), walk(43, start, new BigDecimal("0.01"), 500));
    }

    @ParameterizedTest
    @CsvSource({"AAPL, 0.01", "ESZ2026, 0.25", "EURUSD, 0.00001", "BTCUSD, 0.01", "CLF2027, 0.01"})
    void quotesStayOnTheTickAndMove(String symbol, BigDecimal tick) {
        List<Quote> path = walk(7, RandomWalk.around(symbol, ReferencePrices.of(symbol), tick, T), tick, 5_000);
        path.forEach(q -> assertOnTickAndPositive(q, tick));
        assertTrue(path.stream().map(Quote::bid).distinct().count() > 10, "the market moves");
    }

    @Test
    void aQuoteOneTickAboveZeroStaysPositive() {
        BigDecimal tick = new BigDecimal("0.01");
        walk(11, new Quote("PENNY", tick, tick.add(tick), T), tick, 5_000).forEach(q -> assertOnTickAndPositive(q, tick));
    }

    @Test
    void movesSmallerThanATickAddUp() {
        // one basis point of 20.00 is a fifth of a cent: rounded away at every step, the price would never move
        BigDecimal tick = new BigDecimal("0.01");
        List<Quote> path = walk(3, RandomWalk.around("SMALL", new BigDecimal("20.00"), tick, T), tick, 5_000);
        assertTrue(path.stream().map(Quote::bid).distinct().count() > 5, "moved over " + path.stream()
                .map(Quote::bid).distinct().toList());
    }

    @Test
    void aMarketMovedElsewhereIsWalkedOnFromThere() {
        BigDecimal tick = new BigDecimal("0.01");
        RandomWalk walk = new RandomWalk(5);
        walk.next(RandomWalk.around("AAPL", ReferencePrices.of("AAPL"), tick, T), tick, T);
        Quote next = walk.next(new Quote("AAPL", new BigDecimal("99.99"), new BigDecimal("100.01"), T), tick, T);
        assertTrue(next.mid().subtract(new BigDecimal("100")).abs().compareTo(BigDecimal.ONE) < 0, next.toString());
    }

    private static void assertOnTickAndPositive(Quote q, BigDecimal tick) {
        assertEquals(0, q.bid().remainder(tick).signum(), q.toString());
        assertEquals(0, q.ask().remainder(tick).signum(), q.toString());
        assertTrue(q.bid().compareTo(tick) >= 0, q.toString());
        assertTrue(q.ask().compareTo(q.bid()) > 0, q.toString());
    }

    @Test
    void theOpeningQuoteIsCentredOnTheReferencePrice() {
        Quote es = RandomWalk.around("ESZ2026", ReferencePrices.of("ESZ2026"), new BigDecimal("0.25"), T);
        assertEquals(new BigDecimal("6870.00"), es.bid());
        assertEquals(new BigDecimal("6870.50"), es.ask(), "half a basis point rounds up to two ticks");
        Quote aapl = RandomWalk.around("AAPL", ReferencePrices.of("AAPL"), new BigDecimal("0.01"), T);
        assertEquals(0, aapl.mid().compareTo(new BigDecimal("268.40")));
        assertEquals(new BigDecimal("100"), ReferencePrices.of("NOT-SEEDED"));
    }
}
