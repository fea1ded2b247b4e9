package org.autopilot.reporting.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.domain.AuditEntry;
import org.junit.jupiter.api.Test;

class VerificationTallyTest {

    private static AuditEntry next(AuditEntry last) {
        return AuditEntry.append(last, AuditEvent.now("alice", "a", "t", "s", null), Instant.now());
    }

    @Test
    void intactChainHasNoBrokenLink() {
        AuditEntry a = next(null);
        AuditEntry b = next(a);
        VerificationTally tally = VerificationTally.EMPTY
                .add(new ChainLink(a, AuditEntry.GENESIS_HASH)).add(new ChainLink(b, a.hash()));
        assertEquals(2, tally.entriesChecked());
        assertNull(tally.firstBrokenSequence());
    }

    @Test
    void firstBrokenLinkIsKeptWhenLaterOnesBreakToo() {
        AuditEntry a = next(null);
        AuditEntry b = next(a);
        AuditEntry c = next(b);
        // b is read after something other than a (a deleted or reordered entry): b and everything after is suspect
        VerificationTally tally = VerificationTally.EMPTY
                .add(new ChainLink(a, AuditEntry.GENESIS_HASH))
                .add(new ChainLink(b, "f".repeat(64)))
                .add(new ChainLink(c, "e".repeat(64)));
        assertEquals(3, tally.entriesChecked());
        assertEquals(2L, tally.firstBrokenSequence());
    }
}
