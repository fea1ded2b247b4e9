package org.autopilot.brokers.api;

import java.time.Instant;

/**
 * One line of a venue's own order log. {@code kind} is SUBMIT, DUPLICATE_SUBMIT, CANCEL, REPLACE (requests the
 * venue received) or REPORT (a report it produced; {@code detail} starts with the order status).
 */
public record VenueLogEntry(Instant time, String kind, String clientOrderId, String detail) {
}
