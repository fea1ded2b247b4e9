package org.autopilot.strategy.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentSpecTest {

    private static InstrumentSpec spec(String symbol, String currency, String tick, String lot) {
        return new InstrumentSpec(symbol, AssetClass.STOCK, currency, "XNYS", ZoneId.of("America/New_York"),
                tick == null ? null : new BigDecimal(tick), lot == null ? null : new BigDecimal(lot), false);
    }

    @ParameterizedTest
    @CsvSource({"AAPL, USD, 0.01, 1", "BTC/USD, USD, 0.01, 0.00000001", "ES1!, USD, 0.25, 1", "EUR/USD, USD, 0.00001, 1000"})
    void acceptsRealInstruments(String symbol, String currency, String tick, String lot) {
        assertDoesNotThrow(() -> spec(symbol.replace("!", ""), currency, tick, lot));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "aapl, USD, 0.01, 1, symbol", "'', USD, 0.01, 1, symbol", "'AAPL;DROP', USD, 0.01, 1, symbol",
            "AAPL, usd, 0.01, 1, currency", "AAPL, US, 0.01, 1, currency",
            "AAPL, USD, 0, 1, tickSize", "AAPL, USD, -0.01, 1, tickSize", "AAPL, USD, null, 1, tickSize",
            "AAPL, USD, 0.01, 0, lotStep"})
    void refusesBadSpecificationsNamingTheField(String symbol, String currency, String tick, String lot, String field) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spec(symbol, currency, tick, lot));
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }
}
