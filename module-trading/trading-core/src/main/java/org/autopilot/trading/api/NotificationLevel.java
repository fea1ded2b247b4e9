package org.autopilot.trading.api;

/** What reaches a person on one channel: everything, warnings and failures only, or nothing. */
public enum NotificationLevel {
    ALL, FAILURES_ONLY, NONE;

    /** Whether a notification of this severity reaches someone at this level. */
    public boolean admits(NotificationSeverity severity) {
        return this == ALL || this == FAILURES_ONLY && severity != NotificationSeverity.INFO;
    }
}
