package org.autopilot.trading.application.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void aMinuteLimitCountsTheLastSixtySeconds() {
        RateWindow window = new RateWindow(List.of());
        for (int i = 0; i < 3; i++) {
            assertNull(window.admit(T.plusSeconds(i), 3, 100));
        }
        assertEquals("more than 3 signals in the last minute", window.admit(T.plusSeconds(59), 3, 100));
        assertEquals("more than 3 signals in the last minute", window.exceeded(T.plusSeconds(59), 3, 100));
        assertNull(window.exceeded(T.plusSeconds(60), 3, 100), "the signal of second 0 left the minute");
        assertNull(window.admit(T.plusSeconds(60), 3, 100));
    }

    @Test
    void anHourLimitCountsTheLastHourIncludingSignalsReadFromTheDatabase() {
        List<Instant> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stored.add(T.plusSeconds(i * 600L)); // 0, 10, 20, 30, 40 minutes
        }
        RateWindow window = new RateWindow(stored);
        assertEquals("more than 5 signals in the last hour", window.admit(T.plusSeconds(3599), 60, 5));
        assertNull(window.admit(T.plusSeconds(3600), 60, 5), "the first stored signal is an hour old");
        assertEquals("more than 5 signals in the last hour", window.admit(T.plusSeconds(3601), 60, 5));
    }

    @Test
    void aSignalThatWasNotStoredIsTakenBack() {
        RateWindow window = new RateWindow(List.of());
        assertNull(window.admit(T, 1, 10));
        assertEquals("more than 1 signals in the last minute", window.exceeded(T, 1, 10));
        window.remove(T);
        assertNull(window.admit(T, 1, 10));
    }

    @Test
    void slotsOfAnEarlierHourDoNotCount() {
        RateWindow window = new RateWindow(List.of());
        assertNull(window.admit(T, 1, 1));
        assertNull(window.admit(T.plusSeconds(3600), 1, 1), "the same slot one hour later starts again");
        assertEquals("more than 1 signals in the last hour", window.exceeded(T.plusSeconds(3601), 5, 1));
    }
}
