package org.autopilot.trading.domain.risk;

import java.math.BigDecimal;
import java.util.Objects;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderType;

/** The order the check looks at: an entry builds exposure, a reducing order (exit, close) lowers it. */
public record RiskOrder(String symbol, OrderSide side, BigDecimal quantity, OrderType type, BigDecimal limitPrice,
                        BigDecimal stopPrice, boolean reducing) {

    public RiskOrder {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(type, "type");
    }

    /** The price the order names, if any: the limit, else the stop. */
    BigDecimal namedPrice() {
        return limitPrice != null ? limitPrice : stopPrice;
    }

    BigDecimal signedQuantity() {
        return side == OrderSide.BUY ? quantity : quantity.negate();
    }
}
