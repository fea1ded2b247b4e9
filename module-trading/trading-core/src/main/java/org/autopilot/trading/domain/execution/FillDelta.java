package org.autopilot.trading.domain.execution;

import java.math.BigDecimal;

/** What one execution report added to an order: the new quantity, its price and the cumulative fill after it. */
public record FillDelta(BigDecimal quantity, BigDecimal price, BigDecimal cumulativeQuantity) {
}
