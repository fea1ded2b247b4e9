package org.autopilot.reporting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An event always fits the trail: over-long texts are cut visibly, short ones stay as they are. */
class AuditEventTest {

    @Test
    void longTextsAreCutToWhatTheTrailKeepsAndSayTheyWereCut() {
        String payload = "x".repeat(65_536);
        AuditEvent event = AuditEvent.now("webhook", "signal.accepted", "signal", "id", "r".repeat(600), payload, payload);
        assertEquals(4000, event.before().length());
        assertEquals(4000, event.after().length());
        assertEquals(500, event.reason().length());
        assertTrue(event.after().endsWith(AuditEvent.CUT));
    }

    @Test
    void shortTextsAndNullsStay() {
        AuditEvent event = AuditEvent.now("oscar", "order.cancelled", "order", "ap1", "why", null, "CANCELED");
        assertEquals("why", event.reason());
        assertNull(event.before());
        assertEquals("CANCELED", event.after());
        assertThrows(IllegalArgumentException.class, () -> AuditEvent.now(" ", "a", "b", "c", null));
    }
}
