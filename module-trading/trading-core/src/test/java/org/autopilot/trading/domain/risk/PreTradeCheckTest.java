package org.autopilot.trading.domain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.RiskLimits;
import org.autopilot.trading.api.RiskScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule below, at and above its limit: at the limit passes, beyond it is denied with the rule, the limit and the
 * observed value. The facts: a quote of 100, a long position of 40, gross exposure 4,000, 2 open orders, 3 orders in
 * the last minute, 1 identical order 10 s ago, a daily P&L of -300.
 */
class PreTradeCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private final PreTradeCheck check = new PreTradeCheck();

    private static final class Facts implements RiskFacts {
        BigDecimal quote = new BigDecimal("100");

        @Override
        public int openOrders() {
            return 2;
        }

        @Override
        public int ordersSentSince(Instant since) {
            return since.equals(NOW.minusSeconds(60)) ? 3 : -1;
        }

        @Override
        public int identicalOrdersSentSince(String symbol, OrderSide side, BigDecimal quantity, Instant since) {
            // one identical BUY 10 AAPL was sent 10 s ago
            boolean same = symbol.equals("AAPL") && side == OrderSide.BUY && quantity.compareTo(BigDecimal.TEN) == 0;
            return same && !since.isAfter(NOW.minusSeconds(10)) ? 1 : 0;
        }

        @Override
        public BigDecimal position(String symbol) {
            return new BigDecimal("40");
        }

        @Override
        public BigDecimal grossExposure() {
            return new BigDecimal("4000");
        }

        @Override
        public BigDecimal dailyPnl() {
            return new BigDecimal("-300");
        }

        @Override
        public Optional<BigDecimal> lastPrice(String symbol) {
            return Optional.ofNullable(quote);
        }
    }

    private static RiskOrder buy(String quantity) {
        return new RiskOrder("AAPL", OrderSide.BUY, new BigDecimal(quantity), OrderType.MARKET, null, null, false);
    }

    private static RiskOrder limitBuy(String quantity, String price) {
        return new RiskOrder("AAPL", OrderSide.BUY, new BigDecimal(quantity), OrderType.LIMIT, new BigDecimal(price),
                null, false);
    }

    private static RiskLimits limit(String field, String value) {
        BigDecimal v = new BigDecimal(value);
        Integer n = v.intValue();
        return new RiskLimits(field.equals("qty") ? v : null, field.equals("notional") ? v : null,
                field.equals("position") ? v : null, field.equals("gross") ? v : null,
                field.equals("open") ? n : null, field.equals("perMinute") ? n : null,
                field.equals("duplicate") ? n : null, field.equals("dailyLoss") ? v : null);
    }

    private String outcome(RiskOrder order, RiskLimits limits, BigDecimal band) {
        return check.check(order, limits, "account", new Facts(), band, NOW)
                .map(d -> d.rule() + " " + d.limit().stripTrailingZeros().toPlainString() + " "
                        + (d.observed() == null ? "?" : d.observed().stripTrailingZeros().toPlainString()))
                .orElse("PASS");
    }

    @ParameterizedTest(name = "{0} limit {1}, order {2} -> {3}")
    @CsvSource({
            // rule,      limit, order qty, expected
            "qty,         10,    9,         PASS",
            "qty,         10,    10,        PASS",
            "qty,         10,    11,        MAX_ORDER_QUANTITY 10 11",
            "notional,    1000,  9,         PASS",
            "notional,    1000,  10,        PASS",
            "notional,    1000,  11,        MAX_ORDER_NOTIONAL 1000 1100",
            // position 40 + order
            "position,    50,    9,         PASS",
            "position,    50,    10,        PASS",
            "position,    50,    11,        MAX_POSITION 50 51",
            // exposure 4,000 + 100 x order
            "gross,       5000,  9,         PASS",
            "gross,       5000,  10,        PASS",
            "gross,       5000,  11,        MAX_GROSS_EXPOSURE 5000 5100",
            // 2 open orders + this one
            "open,        4,     1,         PASS",
            "open,        3,     1,         PASS",
            "open,        2,     1,         MAX_OPEN_ORDERS 2 3",
            // 3 sent in the last minute + this one
            "perMinute,   5,     1,         PASS",
            "perMinute,   4,     1,         PASS",
            "perMinute,   3,     1,         MAX_ORDERS_PER_MINUTE 3 4",
            // daily loss 300
            "dailyLoss,   301,   1,         PASS",
            "dailyLoss,   300,   1,         PASS",
            "dailyLoss,   299,   1,         MAX_DAILY_LOSS 299 300",
    })
    void eachRuleDeniesOnlyBeyondItsLimit(String rule, String limit, String quantity, String expected) {
        assertEquals(expected, outcome(buy(quantity), limit(rule, limit), null));
    }

    @ParameterizedTest(name = "the same BUY 10 AAPL 10 s ago, window {0} s -> {1}")
    @CsvSource({"9, PASS", "10, DUPLICATE_ORDER 10 1", "30, DUPLICATE_ORDER 30 1"})
    void anIdenticalOrderWithinTheWindowIsADuplicate(String window, String expected) {
        assertEquals(expected, outcome(buy("10"), limit("duplicate", window), null));
        assertEquals("PASS", outcome(buy("11"), limit("duplicate", window), null), "another quantity is not a duplicate");
    }

    @ParameterizedTest(name = "limit {0} against a quote of 100, band 10% -> {1}")
    @CsvSource({"109.99, PASS", "110, PASS", "110.01, PRICE_BAND 10 10.01", "90, PASS", "89.99, PRICE_BAND 10 10.01"})
    void aPricedOrderFarFromTheQuoteIsAFatFinger(String price, String expected) {
        assertEquals(expected, outcome(limitBuy("1", price), RiskLimits.none(), BigDecimal.TEN));
    }

    @Test
    void aMarketOrderHasNoPriceToBandAndAnOrderWithoutQuoteCannotBeValued() {
        assertEquals("PASS", outcome(buy("1"), RiskLimits.none(), BigDecimal.ONE));
        Facts noQuote = new Facts();
        noQuote.quote = null;
        Optional<RiskDenial> denial = check.check(buy("1"), limit("notional", "1000"), "account", noQuote, null, NOW);
        assertEquals(RiskRule.MAX_ORDER_NOTIONAL, denial.orElseThrow().rule());
        assertEquals("risk denied: max order notional (account limit 1000): no quote to value the order",
                denial.get().describe());
    }

    @Test
    void reducingOrdersAreNotHeldBackByPositionExposureOrDailyLoss() {
        RiskOrder exit = new RiskOrder("AAPL", OrderSide.SELL, new BigDecimal("40"), OrderType.MARKET, null, null, true);
        for (String rule : new String[] {"position", "gross", "dailyLoss"}) {
            assertEquals("PASS", outcome(exit, limit(rule, "1"), null), rule);
        }
        assertEquals("MAX_ORDER_QUANTITY 10 40", outcome(exit, limit("qty", "10"), null), "size still applies");
    }

    @Test
    void theDenialNamesRuleScopeLimitAndObservedValue() {
        RiskDenial denial = check.check(buy("150"), limit("qty", "100"), "strategy", new Facts(), null, NOW).orElseThrow();
        assertEquals("risk denied: max order quantity (strategy limit 100): observed 150", denial.describe());
    }

    @Test
    void limitsAreValidatedForTheirScope() {
        assertThrows(InvalidSetting.class, () -> limit("qty", "0").validFor(RiskScope.ACCOUNT));
        InvalidSetting onStrategy = assertThrows(InvalidSetting.class,
                () -> limit("dailyLoss", "100").validFor(RiskScope.STRATEGY));
        assertEquals("maxDailyLoss", onStrategy.field());
        assertEquals(limit("qty", "5"), limit("qty", "5").validFor(RiskScope.STRATEGY));
    }
}
