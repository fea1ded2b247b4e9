package org.autopilot.archfixture.alpha.internal;

import org.autopilot.archfixture.beta.internal.BetaLedger;

/** Violation: reaches into beta's internals. */
public class AlphaService {
    public long peek() {
        return new BetaLedger().balance();
    }
}
