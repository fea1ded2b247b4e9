package org.autopilot.reporting.infrastructure.batch;

import java.io.Serializable;

/** Running result of a verification, kept as the step's persistent user data so a restart continues it. */
record VerificationTally(long entriesChecked, Long firstBrokenSequence) implements Serializable {

    static final VerificationTally EMPTY = new VerificationTally(0, null);

    VerificationTally add(ChainLink link) {
        if (firstBrokenSequence != null || link.intact()) {
            return new VerificationTally(entriesChecked + 1, firstBrokenSequence);
        }
        return new VerificationTally(entriesChecked + 1, link.entry().sequence());
    }
}
