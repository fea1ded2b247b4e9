package org.autopilot.trading.domain.planning;

import org.autopilot.brokers.api.OrderSide;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.autopilot.strategy.api.InstrumentSpec;

/** Rounding to an instrument's grid: prices to the tick (down for buys, up for sells), quantities down to the lot. */
final class Ticks {

    private final InstrumentSpec instrument;

    Ticks(InstrumentSpec instrument) {
        this.instrument = instrument;
    }

    BigDecimal price(BigDecimal price, OrderSide side) {
        RoundingMode mode = side == OrderSide.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING;
        return onGrid(price, instrument.tickSize(), mode);
    }

    BigDecimal quantity(BigDecimal quantity) {
        return onGrid(quantity, instrument.lotStep(), RoundingMode.FLOOR);
    }

    private static BigDecimal onGrid(BigDecimal value, BigDecimal step, RoundingMode mode) {
        BigDecimal steps = value.divide(step, 0, mode);
        return steps.multiply(step).stripTrailingZeros();
    }
}
