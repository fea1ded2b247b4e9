package org.autopilot.trading.api;

import java.util.UUID;

/**
 * Signals an operator enters by hand. They pass the same rules as a webhook's (payload contract, allowed tickers,
 * registered instruments, rate limits, idempotency) and the same planning, risk and kill switches; the signal log
 * shows them as MANUAL with the operator's name.
 */
public interface ManualSignals {

    /**
     * Accepts the signal (the same JSON a webhook sends) for the strategy and returns its id. The same
     * {@code idempotencyKey} (a form's submission id) returns the first signal's id instead of a second signal.
     *
     * @throws InvalidSetting naming {@code payload} with the contract's message code and message, or {@code strategy}
     */
    UUID submit(UUID strategyId, String json, String idempotencyKey, String operator);
}
