package org.autopilot.strategy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    private static final ExchangeSessions STOCKS = ExchangeSessions.parse("Mon-Fri 09:30-16:00");

    private static InstrumentSpec aapl(String tick) {
        return new InstrumentSpec("AAPL", AssetClass.STOCK, "USD", "XNAS", ZoneId.of("America/New_York"), STOCKS,
                new BigDecimal(tick), BigDecimal.ONE, false);
    }

    @Test
    void revisionTakesEveryPropertyButTheSymbol() {
        Instrument instrument = Instrument.register(aapl("0.01"));
        InstrumentSpec revised = new InstrumentSpec("AAPL", AssetClass.CRYPTO, "EUR", "XETR", ZoneId.of("Europe/Berlin"),
                ExchangeSessions.parse("Mon-Fri 09:00-17:30"), new BigDecimal("0.005"), new BigDecimal("0.001"), true);

        assertTrue(instrument.revise(revised));
        assertEquals(revised, instrument.toView().spec());
    }

    @Test
    void anotherSymbolIsRefusedAndNothingChanges() {
        Instrument instrument = Instrument.register(aapl("0.01"));
        InstrumentView before = instrument.toView();
        InstrumentSpec renamed = new InstrumentSpec("AAPX", AssetClass.STOCK, "USD", "XNAS",
                ZoneId.of("America/New_York"), STOCKS, new BigDecimal("0.05"), BigDecimal.ONE, false);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> instrument.revise(renamed));
        assertEquals("symbol cannot change (AAPL -> AAPX); register a new instrument instead", e.getMessage());
        assertEquals(before, instrument.toView());
    }

    @Test
    void theSameValuesInAnotherScaleAreNoChange() {
        Instrument instrument = Instrument.register(aapl("0.01"));

        assertFalse(instrument.revise(aapl("0.0100")));
        assertTrue(instrument.revise(aapl("0.02")));
        assertEquals(new BigDecimal("0.02"), instrument.toView().spec().tickSize());
    }

    @Test
    void sessionsAreRevisedByValueAndReadBackCanonical() {
        Instrument instrument = Instrument.register(aapl("0.01"));

        assertFalse(instrument.revise(withSessions("mon,tue,wed,thu,fri 09:30-16:00")));
        assertTrue(instrument.revise(withSessions("fri 09:30-13:00; Mon-Thu 09:30-16:00")));
        assertEquals("Mon-Thu 09:30-16:00; Fri 09:30-13:00", instrument.toView().spec().sessions().toString());
    }

    private static InstrumentSpec withSessions(String sessions) {
        InstrumentSpec spec = aapl("0.01");
        return new InstrumentSpec(spec.symbol(), spec.assetClass(), spec.currency(), spec.exchangeCode(),
                spec.exchangeZone(), ExchangeSessions.parse(sessions), spec.tickSize(), spec.lotStep(), spec.fractional());
    }

    @Test
    void wholeLotStepsReadWithoutExponent() {
        Instrument eurusd = Instrument.register(new InstrumentSpec("EURUSD", AssetClass.FOREX, "USD", "OTC",
                ZoneId.of("America/New_York"), ExchangeSessions.parse("Sun-Thu 17:00-17:00"), new BigDecimal("0.00001"),
                new BigDecimal("1000.00"), false));

        assertEquals("1000", eurusd.toView().spec().lotStep().toString());
    }
}
