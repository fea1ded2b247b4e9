package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.api.OrderSide;

/**
 * Cash and positions of one paper account. Buying power is equity not yet committed to positions (1x, no
 * margin): an order that would raise gross exposure above it is rejected at fill time. Cash, realized P&amp;L and
 * average prices are kept to {@value PaperExchange#SCALE} decimals, exactly what the venue stores, so a venue read
 * back from storage is the venue that was written.
 */
final class PaperAccount {

    private final String currency;
    private BigDecimal cash;
    private BigDecimal realizedPnl;
    private final Map<String, BrokerPosition> positions = new TreeMap<>();
    private final Set<String> changedSymbols = new LinkedHashSet<>();
    /** Symbols whose position is stored (open at the last drain, or when the account was restored). */
    private final Set<String> storedSymbols = new HashSet<>();

    PaperAccount(String currency, BigDecimal cash, BigDecimal realizedPnl, List<BrokerPosition> positions) {
        this.currency = currency;
        this.cash = cash;
        this.realizedPnl = realizedPnl;
        positions.forEach(p -> this.positions.put(p.symbol(), p));
        this.positions.keySet().forEach(storedSymbols::add);
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
        cash = stored(cash.subtract(signed.multiply(price)));
        BrokerPosition old = positions.get(symbol);
        BigDecimal oldQty = old == null ? BigDecimal.ZERO : old.quantity();
        BigDecimal newQty = oldQty.add(signed);
        BigDecimal average;
        if (oldQty.signum() == 0 || oldQty.signum() == signed.signum()) {
            average = oldQty.abs().multiply(old == null ? BigDecimal.ZERO : old.averagePrice())
                    .add(quantity.multiply(price)).divide(newQty.abs(), PaperExchange.SCALE, RoundingMode.HALF_EVEN);
        } else {
            BigDecimal closed = quantity.min(oldQty.abs());
            realizedPnl = stored(realizedPnl.add(price.subtract(old.averagePrice()).multiply(closed)
                    .multiply(BigDecimal.valueOf(oldQty.signum()))));
            average = newQty.signum() == oldQty.signum() ? old.averagePrice() : price;
        }
        if (newQty.signum() == 0) {
            positions.remove(symbol);
        } else {
            positions.put(symbol, new BrokerPosition(symbol, newQty, average.stripTrailingZeros()));
        }
        changedSymbols.add(symbol);
    }

    private static BigDecimal stored(BigDecimal amount) {
        return amount.setScale(PaperExchange.SCALE, RoundingMode.HALF_EVEN);
    }

    List<BrokerPosition> positions() {
        return List.copyOf(positions.values());
    }

    BigDecimal cash() {
        return cash;
    }

    BigDecimal realizedPnl() {
        return realizedPnl;
    }

    /**
     * The positions changed since the last call, a closed one with quantity zero, each saying whether it was stored
     * before; from now on none counts as changed.
     */
    List<PaperVenueChanges.ChangedPosition> drainChangedPositions() {
        List<PaperVenueChanges.ChangedPosition> changed = new ArrayList<>();
        for (String symbol : changedSymbols) {
            BrokerPosition p = positions.get(symbol);
            changed.add(new PaperVenueChanges.ChangedPosition(
                    p != null ? p : new BrokerPosition(symbol, BigDecimal.ZERO, BigDecimal.ZERO),
                    storedSymbols.contains(symbol)));
            if (p != null) {
                storedSymbols.add(symbol);
            } else {
                storedSymbols.remove(symbol);
            }
        }
        changedSymbols.clear();
        return changed;
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
