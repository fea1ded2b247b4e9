package org.autopilot.archfixture.beta.internal;

/** Internal to beta: nobody outside beta may use it. */
public class BetaLedger {
    public long balance() {
        return 0;
    }
}
