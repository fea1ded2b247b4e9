package org.autopilot.trading.application.intake;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.autopilot.trading.domain.planning.TradeSignal;

/**
 * A webhook body that passed validation: the signal the planner reads, the time the sender says it fired (null
 * when not sent), and the normalized payload echoed in the 200 answer.
 */
public record ParsedSignal(TradeSignal signal, Instant time, JsonObject payload) {
}
