package org.autopilot.brokers.domain.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperSessionTest {

    @ParameterizedTest
    @CsvSource({
        // summer (EDT, UTC-4): the close is 20:00 UTC
        "2026-07-01T19:59:59Z, 2026-06-30T20:00:00Z",
        "2026-07-01T20:00:00Z, 2026-07-01T20:00:00Z",
        // winter (EST, UTC-5): 21:00 UTC
        "2026-12-01T20:59:00Z, 2026-11-30T21:00:00Z",
        "2026-12-02T03:00:00Z, 2026-12-01T21:00:00Z",
        // around the switch to EST (1 Nov 2026): that day closes at 21:00 UTC, the day before at 20:00 UTC
        "2026-11-02T15:00:00Z, 2026-11-01T21:00:00Z",
        "2026-10-31T21:00:00Z, 2026-10-31T20:00:00Z"})
    void theLastCloseIsFourPmInNewYork(Instant now, Instant close) {
        assertEquals(close, PaperSession.lastClose(now));
    }
}
