package org.autopilot.trading.api;

import java.math.BigDecimal;

/**
 * A standing take profit: exactly one of a percent or an amount (a price offset) beyond the entry price. Absolute
 * prices belong to a single signal, so a default has none.
 */
public record TakeProfitDefault(BigDecimal percent, BigDecimal amount) {
}
