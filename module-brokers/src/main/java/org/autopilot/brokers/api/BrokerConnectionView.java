package org.autopilot.brokers.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** A broker connection as other modules see it ({@code endpoint} is null for the embedded paper venue). */
public record BrokerConnectionView(UUID id, String name, Venue venue, URI endpoint, boolean enabled, Instant createdAt) {
}
