package org.autopilot.trading.api;

/**
 * A change made on settings that someone else changed in the meantime (its version is not the current one).
 * Nothing was changed; read the settings again and reapply the change.
 */
public class StaleEdit extends RuntimeException {

    /** Noticed before writing: the version read is not the current one. */
    public StaleEdit(String what, long expected, long current) {
        super(what + " changed since you read them (your version " + expected + ", now " + current
                + "); reload and apply your change again");
    }

    /** Noticed while writing: someone else's change of the same thing was written first. */
    public StaleEdit(String what) {
        super(what + " were changed by someone else at the same time; reload and apply your change again");
    }
}
