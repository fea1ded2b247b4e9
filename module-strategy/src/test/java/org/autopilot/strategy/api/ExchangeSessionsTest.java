package org.autopilot.strategy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeSessionsTest {

    private static final String STOCKS = "Mon-Fri 09:30-16:00";
    private static final String CME = "Sun-Thu 17:00-16:00";
    private static final String FOREX = "Sun-Thu 17:00-17:00";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mon-Fri 09:30-16:00                       | Mon-Fri 09:30-16:00",
            "'  mon-FRI   09:30-16:00 '                | Mon-Fri 09:30-16:00",
            "Mon,Tue,Wed,Thu,Fri 09:30-16:00           | Mon-Fri 09:30-16:00",
            "Sun-Thu 17:00-16:00                       | Sun-Thu 17:00-16:00",
            "Thu,Mon-Wed,Sun 17:00-17:00               | Sun-Thu 17:00-17:00",
            "Sun 10:00-12:00                           | Sun 10:00-12:00",
            "Mon,Wed 09:00-10:00                       | Mon,Wed 09:00-10:00",
            "Sat-Mon 08:00-09:00; Wed 08:00-09:00      | Wed,Sat-Mon 08:00-09:00",
            "Fri 09:30-13:00;Mon-Thu 09:30-16:00       | Mon-Thu 09:30-16:00; Fri 09:30-13:00",
            "Mon-Fri 09:30-12:00; Mon-Fri 12:00-16:00  | Mon-Fri 09:30-12:00; Mon-Fri 12:00-16:00",
            "Mon-Sun 00:00-00:00                       | Mon-Sun 00:00-00:00",
            "24/7                                      | 24/7",
            "' 24/7 '                                  | 24/7"})
    void readsSessionsIntoTheirCanonicalText(String text, String canonical) {
        ExchangeSessions sessions = ExchangeSessions.parse(text);
        assertEquals(canonical, sessions.toString());
        assertEquals(sessions, ExchangeSessions.parse(canonical), "the canonical text reads back equal");
        assertEquals(sessions.hashCode(), ExchangeSessions.parse(canonical).hashCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mon-Fri 9:30-16:00                  | sessions: \"Mon-Fri 9:30-16:00\": times are HH:mm-HH:mm",
            "Mon-Fri 09:30-24:00                 | times are HH:mm from 00:00 to 23:59, got 24:00",
            "Mon-Fri 09:60-16:00                 | times are HH:mm from 00:00 to 23:59, got 09:60",
            "Mon-Fri 09:30                       | times are HH:mm-HH:mm, such as 09:30-16:00, got 09:30",
            "Mon-Fri                             | \"Mon-Fri\" is not Days HH:mm-HH:mm",
            "Mon - Fri 09:30-16:00               | \"Mon - Fri 09:30-16:00\" is not Days HH:mm-HH:mm",
            "Mon-Fro 09:30-16:00                 | unknown day \"Fro\"; days are Mon, Tue, Wed, Thu, Fri, Sat, Sun",
            "Monday 09:30-16:00                  | unknown day \"Monday\"",
            "Mon,,Tue 09:30-16:00                | unknown day \"\"",
            "Mon-Wed-Fri 09:30-16:00             | \"Mon-Wed-Fri\" is not a day or a range of days",
            "Mon,Mon 09:30-16:00                 | Mon is listed twice in Mon,Mon",
            "Mon-Fri 09:30-16:00;                | an empty window",
            "Mon-Fri 09:30-16:00; Mon 12:00-18:00 | Mon 09:30-16:00 overlaps Mon 12:00-18:00",
            "Sun-Thu 17:00-16:00; Mon 09:00-10:00 | Sun 17:00-16:00 overlaps Mon 09:00-10:00",
            "Sun 20:00-02:00; Mon 01:00-03:00    | Sun 20:00-02:00 overlaps Mon 01:00-03:00",
            "Mon 10:00-11:00; Mon 10:00-10:30    | Mon 10:00-11:00 overlaps Mon 10:00-10:30",
            "Mon-Sun 00:00-00:01; Mon 00:00-00:00 | overlaps",
            "24/7; Mon 09:30-16:00               | \"24/7\" is not Days HH:mm-HH:mm",
            "'   '                               | sessions: required, such as Mon-Fri 09:30-16:00 or 24/7"})
    void refusesWhatIsNoSessionAndSaysWhy(String text, String message) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> ExchangeSessions.parse(text));
        assertTrue(refusal.getMessage().startsWith("sessions"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(message), refusal.getMessage());
    }

    @Test
    void refusesNothingAndTooLongText() {
        assertEquals("sessions: required, such as Mon-Fri 09:30-16:00 or 24/7",
                assertThrows(IllegalArgumentException.class, () -> ExchangeSessions.parse(null)).getMessage());
        String tooLong = "Mon 09:30-16:00" + " ".repeat(185) + ";";
        assertEquals("sessions: at most 200 characters, got 201",
                assertThrows(IllegalArgumentException.class, () -> ExchangeSessions.parse(tooLong)).getMessage());
    }


    @Test
    void readsATextAgainAsBeforeAndRefusesARefusedTextEveryTimeWithItsSubject() {
        ExchangeSessions first = ExchangeSessions.parse(" Mon-Fri 09:30-16:00 ");
        assertEquals(first, ExchangeSessions.parse("Mon-Fri 09:30-16:00", "trading windows"));
        assertEquals("Mon-Fri 09:30-16:00", ExchangeSessions.parse("Mon-Fri 09:30-16:00").toString());
        for (String subject : new String[] {"sessions", "trading windows", "sessions"}) {
            IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                    () -> ExchangeSessions.parse("Mon 10:00-11:00; Mon 10:00-10:30", subject));
            assertTrue(refusal.getMessage().startsWith(subject + ": "), refusal.getMessage());
        }
    }
    /** Each row: sessions, zone, now; whether open, the last close, the next open (blank: none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // New York stocks in summer (EDT, UTC-4): open 13:30Z, close 20:00Z; open inclusive, close exclusive
            STOCKS + " | America/New_York | 2026-07-01T13:29:59Z | false | 2026-06-30T20:00:00Z | 2026-07-01T13:30:00Z",
            STOCKS + " | America/New_York | 2026-07-01T13:30:00Z | true  | 2026-06-30T20:00:00Z | 2026-07-02T13:30:00Z",
            STOCKS + " | America/New_York | 2026-07-01T19:59:59Z | true  | 2026-06-30T20:00:00Z | 2026-07-02T13:30:00Z",
            STOCKS + " | America/New_York | 2026-07-01T20:00:00Z | false | 2026-07-01T20:00:00Z | 2026-07-02T13:30:00Z",
            // the weekend: Friday's close stays the last one until Monday's open
            STOCKS + " | America/New_York | 2026-07-04T12:00:00Z | false | 2026-07-03T20:00:00Z | 2026-07-06T13:30:00Z",
            STOCKS + " | America/New_York | 2026-07-06T13:00:00Z | false | 2026-07-03T20:00:00Z | 2026-07-06T13:30:00Z",
            // New York's change to EST on Sunday 1 Nov 2026: Friday closes at 20:00Z, Monday opens at 14:30Z
            STOCKS + " | America/New_York | 2026-11-01T12:00:00Z | false | 2026-10-30T20:00:00Z | 2026-11-02T14:30:00Z",
            STOCKS + " | America/New_York | 2026-11-02T20:59:59Z | true  | 2026-10-30T20:00:00Z | 2026-11-03T14:30:00Z",
            STOCKS + " | America/New_York | 2026-11-02T21:00:00Z | false | 2026-11-02T21:00:00Z | 2026-11-03T14:30:00Z",
            // ... and to EDT on Sunday 8 Mar 2026: Friday closes at 21:00Z, Monday opens at 13:30Z
            STOCKS + " | America/New_York | 2026-03-09T13:29:59Z | false | 2026-03-06T21:00:00Z | 2026-03-09T13:30:00Z",
            // a session across the change keeps its local times: 00:00 EST to 12:00 EDT is 11 hours
            "Sun 00:00-12:00 | America/New_York | 2026-03-08T15:59:59Z | true  | 2026-03-01T17:00:00Z | 2026-03-15T04:00:00Z",
            "Sun 00:00-12:00 | America/New_York | 2026-03-08T16:00:00Z | false | 2026-03-08T16:00:00Z | 2026-03-15T04:00:00Z",
            // an open inside the gap (02:30 does not exist) moves forward by the gap: 03:30 EDT
            "Sun 02:30-04:00 | America/New_York | 2026-03-08T07:29:59Z | false | 2026-03-01T09:00:00Z | 2026-03-08T07:30:00Z",
            // CME overnight sessions in Chicago: Sunday 17:00 to Monday 16:00, ..., Thursday 17:00 to Friday 16:00
            CME + "    | America/Chicago  | 2026-07-05T21:59:59Z | false | 2026-07-03T21:00:00Z | 2026-07-05T22:00:00Z",
            CME + "    | America/Chicago  | 2026-07-05T22:00:00Z | true  | 2026-07-03T21:00:00Z | 2026-07-06T22:00:00Z",
            CME + "    | America/Chicago  | 2026-07-06T20:59:59Z | true  | 2026-07-03T21:00:00Z | 2026-07-06T22:00:00Z",
            CME + "    | America/Chicago  | 2026-07-06T21:00:00Z | false | 2026-07-06T21:00:00Z | 2026-07-06T22:00:00Z",
            CME + "    | America/Chicago  | 2026-07-10T21:00:00Z | false | 2026-07-10T21:00:00Z | 2026-07-12T22:00:00Z",
            CME + "    | America/Chicago  | 2026-07-11T12:00:00Z | false | 2026-07-10T21:00:00Z | 2026-07-12T22:00:00Z",
            // Chicago's change to CDT on Sunday 8 Mar 2026: Friday closes 16:00 CST = 22:00Z, Sunday opens 17:00 CDT
            CME + "    | America/Chicago  | 2026-03-08T12:00:00Z | false | 2026-03-06T22:00:00Z | 2026-03-08T22:00:00Z",
            CME + "    | America/Chicago  | 2026-03-09T20:59:59Z | true  | 2026-03-06T22:00:00Z | 2026-03-09T22:00:00Z",
            // ... and to CST on Sunday 1 Nov 2026: Friday closes 16:00 CDT = 21:00Z, Sunday opens 17:00 CST = 23:00Z
            CME + "    | America/Chicago  | 2026-11-01T22:59:59Z | false | 2026-10-30T21:00:00Z | 2026-11-01T23:00:00Z",
            CME + "    | America/Chicago  | 2026-11-01T23:00:00Z | true  | 2026-10-30T21:00:00Z | 2026-11-02T23:00:00Z",
            // forex 24-hour sessions: one closes as the next opens, so it is open all week and closes daily
            FOREX + "  | America/New_York | 2026-07-07T21:00:00Z | true  | 2026-07-07T21:00:00Z | 2026-07-08T21:00:00Z",
            FOREX + "  | America/New_York | 2026-07-07T20:59:59Z | true  | 2026-07-06T21:00:00Z | 2026-07-07T21:00:00Z",
            FOREX + "  | America/New_York | 2026-07-10T21:00:00Z | false | 2026-07-10T21:00:00Z | 2026-07-12T21:00:00Z",
            // 24/7: always open, the day ends at midnight in the zone, no next open
            "24/7 | UTC              | 2026-07-01T00:00:00Z | true | 2026-07-01T00:00:00Z | none",
            "24/7 | UTC              | 2026-07-01T23:59:59Z | true | 2026-07-01T00:00:00Z | none",
            "24/7 | America/New_York | 2026-07-01T03:59:59Z | true | 2026-06-30T04:00:00Z | none",
            "24/7 | America/New_York | 2026-11-02T04:59:59Z | true | 2026-11-01T04:00:00Z | none",
            "24/7 | America/New_York | 2026-11-02T05:00:00Z | true | 2026-11-02T05:00:00Z | none"})
    void knowsWhetherItIsOpenTheLastCloseAndTheNextOpen(String text, ZoneId zone, Instant now, boolean open,
                                                        Instant lastClose, Instant nextOpen) {
        ExchangeSessions sessions = ExchangeSessions.parse(text);
        assertEquals(open, sessions.isOpen(now, zone), "open");
        assertEquals(lastClose, sessions.lastClose(now, zone), "last close");
        assertEquals(Optional.ofNullable(nextOpen), sessions.nextOpen(now, zone), "next open");
    }

    /** Each row: sessions, zone, now, the next close (blank: none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // New York stocks in summer: the close of today's session until it is reached, then tomorrow's
            STOCKS + " | America/New_York | 2026-07-01T13:29:59Z | 2026-07-01T20:00:00Z",
            STOCKS + " | America/New_York | 2026-07-01T19:59:59Z | 2026-07-01T20:00:00Z",
            STOCKS + " | America/New_York | 2026-07-01T20:00:00Z | 2026-07-02T20:00:00Z",
            // Friday after the close: Monday's
            STOCKS + " | America/New_York | 2026-07-03T21:00:00Z | 2026-07-06T20:00:00Z",
            // Monday after New York's change to EST on Sunday 1 Nov 2026 closes at 21:00Z
            STOCKS + " | America/New_York | 2026-10-30T20:00:00Z | 2026-11-02T21:00:00Z",
            // CME: the session opened on Sunday evening closes on Monday at 16:00 Chicago time
            CME + "    | America/Chicago  | 2026-07-05T23:00:00Z | 2026-07-06T21:00:00Z",
            CME + "    | America/Chicago  | 2026-07-10T21:00:00Z | 2026-07-13T21:00:00Z",
            // forex: a close is the next session's open
            FOREX + "  | America/New_York | 2026-07-07T21:00:00Z | 2026-07-08T21:00:00Z",
            "24/7 | UTC              | 2026-07-01T12:00:00Z | none"})
    void knowsTheNextClose(String text, ZoneId zone, Instant now, Instant nextClose) {
        assertEquals(Optional.ofNullable(nextClose), ExchangeSessions.parse(text).nextClose(now, zone));
    }
}
