package org.autopilot.trading.application.execution;

import java.util.UUID;

/** Whether an account's worker is consuming its queue right now (the worker pool answers). */
public interface WorkerStates {

    boolean isRunning(UUID accountId);
}
