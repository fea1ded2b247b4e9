package org.autopilot.trading.domain.planning;

import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import java.math.BigDecimal;

/**
 * One order to send. An {@code EXIT} leg reduces the position; an {@code ENTRY} leg opens or adds, and with
 * {@code afterExitFill} waits for the preceding exit to fill (side swap). Prices are already on the tick.
 */
public record PlannedOrder(Leg leg, OrderSide side, BigDecimal quantity, OrderType type, TimeInForce timeInForce,
                           BigDecimal limitPrice, BigDecimal stopPrice, Bracket bracket, boolean afterExitFill) {

    /** Whether a leg reduces or builds the position. */
    public enum Leg { EXIT, ENTRY }
}
