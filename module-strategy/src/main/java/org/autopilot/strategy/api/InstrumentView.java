package org.autopilot.strategy.api;

import java.util.UUID;

/**
 * A registered instrument as other modules see it. {@code version} counts its changes; an update names the version
 * it was made from, so that nobody overwrites a change they have not seen.
 */
public record InstrumentView(UUID id, InstrumentSpec spec, boolean active, long version) {
}
