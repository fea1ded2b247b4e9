package org.autopilot.strategy.api;

import java.util.UUID;

/** A registered instrument as other modules see it. */
public record InstrumentView(UUID id, InstrumentSpec spec, boolean active) {
}
