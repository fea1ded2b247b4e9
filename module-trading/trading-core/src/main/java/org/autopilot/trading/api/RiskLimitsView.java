package org.autopilot.trading.api;

import java.time.Instant;

/** The limits of one scope with who set them last; {@code version} guards concurrent edits. */
public record RiskLimitsView(RiskScope scope, String scopeId, RiskLimits limits, String changedBy, Instant changedAt,
                             long version) {
}
