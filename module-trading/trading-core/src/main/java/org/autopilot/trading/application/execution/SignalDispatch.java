package org.autopilot.trading.application.execution;

import java.util.UUID;

/**
 * Hands an accepted signal to the fan-out. Called in the transaction that stores the signal: the signal and its
 * dispatch commit together or not at all, so an acknowledged signal is always processed.
 */
public interface SignalDispatch {

    void accepted(UUID signalId);
}
