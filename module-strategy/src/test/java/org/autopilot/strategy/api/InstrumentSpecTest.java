package org.autopilot.strategy.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentSpecTest {

    private static final ExchangeSessions STOCKS = ExchangeSessions.parse("Mon-Fri 09:30-16:00");

    private static InstrumentSpec spec(String symbol, String currency, String exchange, String tick, String lot,
                                       boolean fractional) {
        return new InstrumentSpec(symbol, AssetClass.STOCK, currency, exchange, ZoneId.of("America/New_York"), STOCKS,
                tick == null ? null : new BigDecimal(tick), lot == null ? null : new BigDecimal(lot), fractional);
    }

    @ParameterizedTest
    @CsvSource({"AAPL, USD, XNAS, 0.01, 1, false", "BTC/USD, USD, PAPER, 0.01, 0.00000001, true",
            "ES1!, USD, XCME, 0.25, 1, false", "EUR/USD, USD, OTC, 0.00001, 1000, false",
            "AAPL, USD, XNAS, 0.01, 1.000, false", "XAU, USD, LBMA.OTC, 0.000000000001, 999999999999, true"})
    void acceptsRealInstruments(String symbol, String currency, String exchange, String tick, String lot,
                                boolean fractional) {
        assertDoesNotThrow(() -> spec(symbol.replace("!", ""), currency, exchange, tick, lot, fractional));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "aapl, USD, XNAS, 0.01, 1, false, symbol", "'', USD, XNAS, 0.01, 1, false, symbol",
            "'AAPL;DROP', USD, XNAS, 0.01, 1, false, symbol",
            "AAPL, usd, XNAS, 0.01, 1, false, currency", "AAPL, US, XNAS, 0.01, 1, false, currency",
            "AAPL, USD, '', 0.01, 1, false, exchangeCode", "AAPL, USD, xnas, 0.01, 1, false, exchangeCode",
            "AAPL, USD, NASDAQ-GLOBAL-SELECT, 0.01, 1, false, exchangeCode",
            "AAPL, USD, XNAS, 0, 1, false, tickSize", "AAPL, USD, XNAS, -0.01, 1, false, tickSize",
            "AAPL, USD, XNAS, null, 1, false, tickSize", "AAPL, USD, XNAS, 0.0000000000001, 1, false, tickSize",
            "AAPL, USD, XNAS, 1000000000000, 1, false, tickSize",
            "AAPL, USD, XNAS, 0.01, 0, false, lotStep", "AAPL, USD, XNAS, 0.01, 0.5, false, lotStep",
            "AAPL, USD, XNAS, 0.01, 0.0000000000001, true, lotStep"})
    void refusesBadSpecificationsNamingTheField(String symbol, String currency, String exchange, String tick,
                                                String lot, boolean fractional, String field) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec(symbol, currency, exchange, tick, lot, fractional));
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    }

    @Test
    void missingAssetClassZoneAndSessionsAreNamedNotNullPointers() {
        IllegalArgumentException noClass = assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec("AAPL",
                null, "USD", "XNAS", ZoneId.of("UTC"), STOCKS, BigDecimal.ONE, BigDecimal.ONE, false));
        assertEquals("assetClass is required, one of [STOCK, CRYPTO, FUTURE, FOREX]", noClass.getMessage());
        IllegalArgumentException noZone = assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec("AAPL",
                AssetClass.STOCK, "USD", "XNAS", null, STOCKS, BigDecimal.ONE, BigDecimal.ONE, false));
        assertTrue(noZone.getMessage().startsWith("exchangeZone is required"), noZone.getMessage());
        IllegalArgumentException noSessions = assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec(
                "AAPL", AssetClass.STOCK, "USD", "XNAS", ZoneId.of("UTC"), null, BigDecimal.ONE, BigDecimal.ONE, false));
        assertEquals("sessions is required, such as Mon-Fri 09:30-16:00 or 24/7", noSessions.getMessage());
    }

    @Test
    void messagesShowTheRefusedValueInPlainNotation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec("AAPL", "USD", "XNAS", "0.01", "0.50", false));
        assertEquals("lotStep must be a whole number when fractional quantities are not allowed, got 0.50",
                e.getMessage());
    }
}
