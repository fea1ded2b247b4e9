package org.autopilot.reporting.infrastructure.batch;

import java.io.Serializable;
import org.autopilot.reporting.domain.AuditEntry;

/** Checkpoint of the verification: the last entry read and the hash its successor must link to. */
record ChainCursor(long lastSequence, String lastHash) implements Serializable {

    static final ChainCursor START = new ChainCursor(0, AuditEntry.GENESIS_HASH);

    ChainCursor advance(AuditEntry entry) {
        return new ChainCursor(entry.sequence(), entry.hash());
    }
}
