package org.autopilot.brokers.api;

import java.net.URI;

/**
 * Checks whether a venue's API answers. Guarded by a timeout, retries (the probe is an idempotent GET) and a
 * circuit breaker: after repeated failures it fails fast instead of waiting on a dead venue.
 */
public interface EndpointProbe {

    /**
     * @throws org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException while the breaker is open
     * @throws java.io.UncheckedIOException when the venue stays unreachable after the retries
     */
    EndpointHealth probe(URI endpoint);
}
