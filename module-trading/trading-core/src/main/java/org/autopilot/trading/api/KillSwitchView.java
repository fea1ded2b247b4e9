package org.autopilot.trading.api;

import java.time.Instant;

/** The trading state of one scope, with who set it, when and why. */
public record KillSwitchView(SwitchLevel level, String scopeId, TradingState state, String reason, String changedBy,
                             Instant changedAt) {
}
