package org.autopilot.trading.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TradingWindowsTest {

    @Test
    void textRoundTripsAndMeansWhatItSays() {
        var windows = TradingWindows.parse("fri,mon,TUE 09:30-16:00; SAT 10:00-12:00");
        assertEquals("MON,TUE,FRI 09:30-16:00;SAT 10:00-12:00", TradingWindows.format(windows));
        assertEquals(windows, TradingWindows.parse(TradingWindows.format(windows)));
        assertTrue(windows.getFirst().contains(Instant.parse("2026-03-09T13:30:00Z"), ZoneId.of("America/New_York")));
        assertTrue(TradingWindows.parse("  ").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MON 9-16 | trading window times must be HH:MM-HH:MM, got '9-16'",
            "MONDAY 09:30-16:00 | unknown day 'MONDAY' in trading window; use MON TUE WED THU FRI SAT SUN",
            "09:30-16:00 | trading window '09:30-16:00' must look like MON,TUE 09:30-16:00",
            "MON 16:00-09:30 | a trading window must start before it ends: 16:00 - 09:30"})
    void malformedWindowsAreRefusedWithAPreciseMessage(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> TradingWindows.parse(text)).getMessage());
    }
}
