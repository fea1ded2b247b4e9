package org.autopilot.trading.application.execution;

import java.util.UUID;

/** The execution queue of each broker account; sends join the caller's transaction. */
public interface AccountQueue {

    /** Plan and send this delivery. */
    void deliver(UUID accountId, UUID deliveryId);

    /** The exit this delivery's entry waited for is finished: send (or drop) the entry now. */
    void release(UUID accountId, UUID deliveryId);
}
