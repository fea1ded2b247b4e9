package org.autopilot.reporting.infrastructure.batch;

import org.autopilot.reporting.domain.AuditEntry;

/** An entry together with the hash of the entry read before it. */
record ChainLink(AuditEntry entry, String predecessorHash) {

    /** Intact when the entry's own hash matches its content and it points at its predecessor. */
    boolean intact() {
        return entry.hashMatches() && entry.linksTo(predecessorHash);
    }
}
