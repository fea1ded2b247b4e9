package org.autopilot.brokers.api;

import java.time.Duration;

/** Result of probing a venue's endpoint: reachable with the HTTP status it answered, and how long it took. */
public record EndpointHealth(boolean reachable, int httpStatus, Duration latency, String detail) {
}
