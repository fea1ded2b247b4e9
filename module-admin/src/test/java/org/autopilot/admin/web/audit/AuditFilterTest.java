package org.autopilot.admin.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.autopilot.reporting.api.AuditQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditFilterTest {

    private static AuditFilter times(String from, String to) {
        return new AuditFilter(null, null, null, null, from, to, null);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-02 14:30, 2026-03-02T14:30:00Z", "2026-03-02 14:30:15, 2026-03-02T14:30:15Z",
            "2026-03-02T14:30:15Z, 2026-03-02T14:30:15Z", "' 2026-03-02T14:30 ', 2026-03-02T14:30:00Z"})
    void timesAreReadAsUtc(String text, String instant) {
        assertEquals(Instant.parse(instant), times(text, null).toQuery().from());
    }

    @Test
    void badTimeNamesTheParameterAndTheFormat() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> times(null, "2026-02-30 10:00").toQuery());
        assertEquals("to: '2026-02-30 10:00' is not a UTC date-time; write yyyy-MM-dd HH:mm[:ss], for example"
                + " 2026-03-02 14:30", e.getMessage());
    }

    @Test
    void reversedWindowIsRefusedByTheQuery() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> times("2026-03-02 10:00", "2026-03-01 10:00").toQuery());
        assertEquals("from 2026-03-02T10:00:00Z is after to 2026-03-01T10:00:00Z: the time window [from, to) must not"
                + " end before it starts", e.getMessage());
    }

    @Test
    void limitDefaultsAndMustBeANumber() {
        assertEquals(AuditFilter.DEFAULT_LIMIT, times(null, null).toQuery().limit());
        assertEquals(AuditQuery.MAX_LIMIT, new AuditFilter(null, null, null, null, null, null, "99999").toQuery().limit());
        assertEquals("limit: 'ten' is not a whole number of rows (1 to 1000)", assertThrows(IllegalArgumentException.class,
                () -> new AuditFilter(null, null, null, null, null, null, "ten").toQuery()).getMessage());
    }

    @Test
    void parametersRoundTripThroughTheQueryString() {
        AuditFilter filter = new AuditFilter("alice", "order.", " ", "a&b=c", "2026-03-02 14:30", null, "50");
        assertEquals("actor=alice&action=order.&subjectId=a%26b%3Dc&from=2026-03-02+14%3A30&limit=50",
                filter.queryString());
        Map<String, String> parameters = Map.of("actor", "alice", "action", "order.", "subjectId", "a&b=c");
        AuditQuery query = AuditFilter.fromParameters(parameters::get).toQuery();
        assertEquals("order.", query.action());
        assertEquals("a&b=c", query.subjectId());
        assertNull(query.subjectType());
    }
}
