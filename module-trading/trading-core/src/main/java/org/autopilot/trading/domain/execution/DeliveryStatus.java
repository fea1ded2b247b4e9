package org.autopilot.trading.domain.execution;

/** Where a signal stands for one subscription. */
public enum DeliveryStatus {
    /** In the account's queue, not planned yet. */
    QUEUED,
    /** Orders sent; an entry still waits for its exit to fill (side swap). */
    WAITING,
    /** Every planned order was sent (or there was only a cancel to do). */
    SENT,
    /** The planner refused the signal for this subscription. */
    REJECTED,
    /** The signal did not apply (outside the trading window, nothing to reduce). */
    IGNORED,
    /** Processing failed repeatedly; the reason says why. Nothing more is sent. */
    FAILED;

    public boolean isOpen() {
        return this == QUEUED || this == WAITING;
    }
}
