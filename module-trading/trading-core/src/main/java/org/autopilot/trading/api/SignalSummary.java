package org.autopilot.trading.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted signal with the tally of its deliveries: how many subscriptions it reached, how many sent orders,
 * how many are still in progress (queued, waiting, awaiting approval), and how many did not trade (rejected, denied,
 * ignored or failed). {@code submittedBy} names the operator of a MANUAL signal.
 */
public record SignalSummary(UUID id, UUID strategyId, String source, Instant receivedAt, String ticker, String action,
                            int subscriptions, int sent, int inProgress, int notTraded, String submittedBy) {

    /** Whether any subscription did not trade. */
    public boolean hasIssues() {
        return notTraded > 0;
    }
}
