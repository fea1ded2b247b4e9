package org.autopilot.trading.application.execution;

import java.util.UUID;

/**
 * Hands a stored signal to the fan-out once the current transaction (the one that stored it, or the sweep's) has
 * committed, in the order of commit: signals are fanned out in that order. The hand-over is in memory: the durable
 * record is the stored signal without a fan-out mark, which {@link ExecutionSweep} hands over again when a crash lost
 * it. So the intake commits to the database alone, without a distributed transaction, and the fan-out never sees a
 * signal that is not yet stored.
 */
public interface SignalDispatch {

    void accepted(UUID signalId);
}
