package org.autopilot.brokers.domain.paper;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where the demo market opens: late-2026 levels of the seeded instruments. An instrument without a level of its own
 * opens at 100; the market can be moved anywhere from there.
 */
public final class ReferencePrices {

    private static final BigDecimal DEFAULT = BigDecimal.valueOf(100);
    private static final Map<String, BigDecimal> LEVELS = Map.ofEntries(
            entry("AAPL", new BigDecimal("268.40")),
            entry("MSFT", new BigDecimal("512.75")),
            entry("NVDA", new BigDecimal("186.20")),
            entry("AMZN", new BigDecimal("231.60")),
            entry("TSLA", new BigDecimal("402.30")),
            entry("JPM", new BigDecimal("318.90")),
            entry("SPY", new BigDecimal("684.50")),
            entry("QQQ", new BigDecimal("612.80")),
            entry("BTCUSD", new BigDecimal("96500.00")),
            entry("ETHUSD", new BigDecimal("3350.00")),
            entry("ESZ2026", new BigDecimal("6870.25")),
            entry("NQZ2026", new BigDecimal("25140.50")),
            entry("CLF2027", new BigDecimal("61.85")),
            entry("EURUSD", new BigDecimal("1.16240")));

    private ReferencePrices() {
    }

    public static BigDecimal of(String symbol) {
        return LEVELS.getOrDefault(symbol, DEFAULT);
    }
}
