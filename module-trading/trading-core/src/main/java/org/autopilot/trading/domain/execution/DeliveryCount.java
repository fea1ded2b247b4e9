package org.autopilot.trading.domain.execution;

import java.util.UUID;

/** How many deliveries of a signal are in a status. */
public record DeliveryCount(UUID signalId, DeliveryStatus status, long count) {
}
