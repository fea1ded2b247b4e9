package org.autopilot.trading.api;

import java.time.Duration;
import java.util.UUID;

/** A subscription's approval mode. */
public record ApprovalSettingView(UUID subscriptionId, boolean required, Duration timeout) {
}
