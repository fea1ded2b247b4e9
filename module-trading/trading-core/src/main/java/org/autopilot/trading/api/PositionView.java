package org.autopilot.trading.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An account's net position in an instrument: signed quantity, average entry price, realized P&L, and open P&L
 * at {@code markPrice} (the venue's current mid, else the last fill price).
 */
public record PositionView(UUID accountId, String symbol, BigDecimal quantity, BigDecimal averagePrice,
                           BigDecimal realizedPnl, BigDecimal markPrice, BigDecimal unrealizedPnl, Instant updatedAt) {
}
