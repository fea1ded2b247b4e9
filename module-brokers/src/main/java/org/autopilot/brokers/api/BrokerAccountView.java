package org.autopilot.brokers.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A broker account as other modules see it. {@code paper} accounts trade on the simulated venue with the given
 * starting cash and slippage; {@code workerRunning} is whether its execution worker should be consuming.
 */
public record BrokerAccountView(UUID id, UUID connectionId, String name, boolean paper, String currency,
                                BigDecimal paperStartingCash, BigDecimal paperSlippageBasisPoints, boolean workerRunning,
                                Instant createdAt) {
}
