package org.autopilot.trading.domain.execution;

import java.util.List;

/** Where a signal stands for one subscription. */
public enum DeliveryStatus {
    /** In the account's queue, not planned yet. */
    QUEUED,
    /** The subscription is in approval mode: an operator approves (then it is QUEUED again) or rejects it. */
    PENDING_APPROVAL,
    /** Orders sent; an entry still waits for its exit to fill (side swap). */
    WAITING,
    /** Every planned order was sent (or there was only a cancel to do). */
    SENT,
    /** The planner refused the signal for this subscription. */
    REJECTED,
    /** A kill switch or a pre-trade risk limit stopped it; the reason names the switch or the rule and values. */
    DENIED,
    /** The signal did not apply (outside the trading window, nothing to reduce). */
    IGNORED,
    /** Processing failed repeatedly; the reason says why. Nothing more is sent. */
    FAILED;

    /** Not finished yet. */
    public static final List<DeliveryStatus> IN_PROGRESS = List.of(QUEUED, PENDING_APPROVAL, WAITING);

    /** The statuses of a subscription the signal did not trade for (the signal log's "issues"). */
    public static final List<DeliveryStatus> NOT_TRADED = List.of(REJECTED, DENIED, IGNORED, FAILED);

    public boolean isOpen() {
        return IN_PROGRESS.contains(this);
    }
}
