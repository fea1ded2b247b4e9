package org.autopilot.reporting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void windowThatEndsBeforeItStartsIsRefusedWithBothTimes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AuditQuery(null, null, null, null, NOON.plusSeconds(1), NOON, 10));
        assertEquals("from 2026-03-02T12:00:01Z is after to 2026-03-02T12:00:00Z: the time window [from, to) must not"
                + " end before it starts", e.getMessage());
    }

    @Test
    void emptyWindowIsAllowed() {
        assertEquals(NOON, new AuditQuery(null, null, null, null, NOON, NOON, 10).to());
    }

    @Test
    void limitIsCappedAndMustBePositive() {
        assertEquals(AuditQuery.MAX_LIMIT, AuditQuery.newest(5000).limit());
        assertEquals(7, AuditQuery.newest(7).limit());
        assertEquals("limit must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> AuditQuery.newest(0)).getMessage());
    }

    @Test
    void blankFiltersDoNotFilterAndTextIsTrimmed() {
        AuditQuery query = new AuditQuery("  ", " order. ", "", null, null, null, 1);
        assertNull(query.actor());
        assertEquals("order.", query.action());
        assertNull(query.subjectType());
    }
}
