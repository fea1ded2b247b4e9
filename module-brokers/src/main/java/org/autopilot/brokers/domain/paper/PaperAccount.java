package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.api.OrderSide;

/**
 * Cash and positions of one paper account. Buying power is equity not yet committed to positions (1x, no
 * margin): an order that would raise gross exposure above it is rejected at fill time.
 */
final class PaperAccount {

    private static final MathContext MC = MathContext.DECIMAL64;

    private final String currency;
    private BigDecimal cash;
    private BigDecimal realizedPnl = BigDecimal.ZERO;
    private final Map<String, BrokerPosition> positions = new TreeMap<>();

    PaperAccount(String currency, BigDecimal startingCash) {
        this.currency = currency;
        this.cash = startingCash;
    }

    BigDecimal position(String symbol) {
        BrokerPosition p = positions.get(symbol);
        return p == null ? BigDecimal.ZERO : p.quantity();
    }

    /** How much a fill would raise gross exposure (zero for a reducing fill), at the fill price. */
    BigDecimal exposureIncrease(String symbol, OrderSide side, BigDecimal quantity, BigDecimal price) {
        BigDecimal before = position(symbol);
        BigDecimal after = before.add(side == OrderSide.BUY ? quantity : quantity.negate());
        BigDecimal increase = after.abs().subtract(before.abs());
        return increase.signum() > 0 ? increase.multiply(price) : BigDecimal.ZERO;
    }

    void applyFill(String symbol, OrderSide side, BigDecimal quantity, BigDecimal price) {
        BigDecimal signed = side == OrderSide.BUY ? quantity : quantity.negate();
        cash = cash.subtract(signed.multiply(price));
        BrokerPosition old = positions.get(symbol);
        BigDecimal oldQty = old == null ? BigDecimal.ZERO : old.quantity();
        BigDecimal newQty = oldQty.add(signed);
        BigDecimal average;
        if (oldQty.signum() == 0 || oldQty.signum() == signed.signum()) {
            average = oldQty.abs().multiply(old == null ? BigDecimal.ZERO : old.averagePrice())
                    .add(quantity.multiply(price)).divide(newQty.abs(), MC);
        } else {
            BigDecimal closed = quantity.min(oldQty.abs());
            realizedPnl = realizedPnl.add(price.subtract(old.averagePrice()).multiply(closed)
                    .multiply(BigDecimal.valueOf(oldQty.signum())));
            average = newQty.signum() == oldQty.signum() ? old.averagePrice() : price;
        }
        if (newQty.signum() == 0) {
            positions.remove(symbol);
        } else {
            positions.put(symbol, new BrokerPosition(symbol, newQty, average.stripTrailingZeros()));
        }
    }

    List<BrokerPosition> positions() {
        return List.copyOf(positions.values());
    }

    BigDecimal realizedPnl() {
        return realizedPnl;
    }

    /** Balances with positions marked by {@code mark} (mid of the latest quote, else the average price). */
    AccountBalance balance(Function<String, BigDecimal> mark) {
        BigDecimal marketValue = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal unrealized = BigDecimal.ZERO;
        for (BrokerPosition p : positions.values()) {
            BigDecimal price = mark.apply(p.symbol());
            BigDecimal m = price == null ? p.averagePrice() : price;
            marketValue = marketValue.add(p.quantity().multiply(m));
            gross = gross.add(p.quantity().abs().multiply(m));
            unrealized = unrealized.add(m.subtract(p.averagePrice()).multiply(p.quantity()));
        }
        BigDecimal equity = cash.add(marketValue);
        return new AccountBalance(currency, cash.stripTrailingZeros(), equity.stripTrailingZeros(),
                equity.subtract(gross).max(BigDecimal.ZERO).stripTrailingZeros(), unrealized.stripTrailingZeros());
    }
}
