package org.autopilot.trading.api;

import java.util.List;

/** One signal's full story: its summary, the normalized payload and every subscription's delivery. */
public record SignalDetail(SignalSummary summary, String payload, List<DeliveryView> deliveries) {
}
