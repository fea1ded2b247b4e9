package org.autopilot.brokers.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order as sent to a broker. {@code clientOrderId} is deterministic per signal x subscription x leg, so sending
 * the same request twice can never create two orders. Prices are already on the instrument's tick.
 */
public record OrderRequest(String clientOrderId, String symbol, OrderSide side, BigDecimal quantity, OrderType type,
                           TimeInForce timeInForce, BigDecimal limitPrice, BigDecimal stopPrice, BigDecimal trailAmount,
                           BigDecimal trailPercent, BracketRequest bracket) {

    public OrderRequest {
        if (clientOrderId == null || clientOrderId.isBlank() || clientOrderId.length() > 64) {
            throw new IllegalArgumentException("clientOrderId must be 1-64 characters");
        }
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + quantity);
        }
        boolean needsLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        boolean needsStop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
        if (needsLimit != (limitPrice != null)) {
            throw new IllegalArgumentException(type + " order " + (needsLimit ? "needs" : "takes no") + " limit price");
        }
        if (needsStop != (stopPrice != null)) {
            throw new IllegalArgumentException(type + " order " + (needsStop ? "needs" : "takes no") + " stop price");
        }
        if ((type == OrderType.TRAILING_STOP) != (trailAmount != null ^ trailPercent != null)) {
            throw new IllegalArgumentException("a trailing stop needs exactly one of trailAmount and trailPercent,"
                    + " other orders neither");
        }
    }

    /** A market order. */
    public static OrderRequest market(String clientOrderId, String symbol, OrderSide side, BigDecimal quantity,
                                      TimeInForce tif) {
        return new OrderRequest(clientOrderId, symbol, side, quantity, OrderType.MARKET, tif, null, null, null, null, null);
    }
}
