package org.autopilot.portal.api;

import java.time.Instant;
import java.util.UUID;

/** An investor as other modules see it; {@code username} is the Keycloak username. */
public record InvestorView(UUID id, String username, String displayName, String email, Instant registeredAt) {
}
