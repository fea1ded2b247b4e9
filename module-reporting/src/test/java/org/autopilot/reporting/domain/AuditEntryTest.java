package org.autopilot.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant T0 = Instant.parse("2026-01-05T14:30:00.123456789Z");

    private static AuditEvent event(String actor, String before) {
        return new AuditEvent(UUID.fromString("00000000-0000-4000-8000-000000000001"), T0, actor, "strategy.updated",
                "strategy", "s-1", "tuning", before, "{\"size\":2}");
    }

    @Test
    void firstEntryStartsTheChainAtTheGenesisHash() {
        AuditEntry first = AuditEntry.append(null, event("alice", "{}"), T0);
        assertEquals(1, first.sequence());
        assertTrue(first.linksTo(AuditEntry.GENESIS_HASH));
        assertTrue(first.hashMatches());
        assertEquals(64, first.hash().length());
    }

    @Test
    void nextEntryLinksToItsPredecessor() {
        AuditEntry first = AuditEntry.append(null, event("alice", "{}"), T0);
        AuditEntry second = AuditEntry.append(first, event("oscar", "{}"), T0);
        assertEquals(2, second.sequence());
        assertTrue(second.linksTo(first.hash()));
        assertFalse(second.linksTo(AuditEntry.GENESIS_HASH));
    }

    @Test
    void hashIsDeterministicAndCoversEveryField() {
        assertEquals(AuditEntry.append(null, event("alice", "{}"), T0).hash(),
                AuditEntry.append(null, event("alice", "{}"), T0).hash());
        assertNotEquals(AuditEntry.append(null, event("alice", "{}"), T0).hash(),
                AuditEntry.append(null, event("alicf", "{}"), T0).hash());
        // length prefixes: moving text from one field to the next changes the hash
        assertNotEquals(AuditEntry.append(null, event("ab", "c"), T0).hash(),
                AuditEntry.append(null, event("a", "bc"), T0).hash());
        // null and empty are different states
        assertNotEquals(AuditEntry.append(null, event("alice", null), T0).hash(),
                AuditEntry.append(null, event("alice", ""), T0).hash());
    }

    @Test
    void timesAreKeptToTheMicrosecondTheDatabaseStores() {
        AuditEntry entry = AuditEntry.append(null, event("alice", "{}"), T0);
        assertEquals(Instant.parse("2026-01-05T14:30:00.123456Z"), entry.toView().occurredAt());
    }

    @Test
    void editingAStoredFieldBreaksTheHash() throws ReflectiveOperationException {
        AuditEntry entry = AuditEntry.append(null, event("alice", "{}"), T0);
        Field actor = AuditEntry.class.getDeclaredField("actor");
        actor.setAccessible(true);
        actor.set(entry, "mallory");
        assertFalse(entry.hashMatches());
    }
}
