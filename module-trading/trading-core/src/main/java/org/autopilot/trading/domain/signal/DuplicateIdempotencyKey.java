package org.autopilot.trading.domain.signal;

/**
 * Storing a signal failed because another request with the same idempotency key stored its signal first: the
 * transaction is lost, and the request is to be answered with the first signal's replay.
 */
public final class DuplicateIdempotencyKey extends RuntimeException {

    public DuplicateIdempotencyKey(String key, Throwable cause) {
        super("a signal with idempotency key '" + key + "' was stored by a concurrent request", cause);
    }
}
