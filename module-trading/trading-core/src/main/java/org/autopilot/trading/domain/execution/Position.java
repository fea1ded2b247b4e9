package org.autopilot.trading.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.brokers.api.OrderSide;

/**
 * The net position of an account in one instrument, built from its fills: signed quantity (negative = short),
 * average entry price of what is open, and the P&L realized by reducing fills. A fill through zero closes the old
 * side at its average and opens the new side at the fill price.
 */
@Entity
@Table(name = "account_position")
public class Position {

    /** Account and symbol. */
    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "symbol") String symbol)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "average_price", nullable = false)
    private BigDecimal averagePrice;

    @Column(name = "realized_pnl", nullable = false)
    private BigDecimal realizedPnl;

    @Column(name = "last_price")
    private BigDecimal lastPrice;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Position() {
    }

    public static Position flat(UUID accountId, String symbol, Instant now) {
        Position p = new Position();
        p.key = new Key(accountId, symbol);
        p.quantity = BigDecimal.ZERO;
        p.averagePrice = BigDecimal.ZERO;
        p.realizedPnl = BigDecimal.ZERO;
        p.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return p;
    }

    public void apply(OrderSide side, BigDecimal fillQuantity, BigDecimal price, Instant now) {
        BigDecimal signed = side == OrderSide.BUY ? fillQuantity : fillQuantity.negate();
        BigDecimal after = quantity.add(signed);
        if (quantity.signum() == 0 || quantity.signum() == signed.signum()) {
            averagePrice = quantity.abs().multiply(averagePrice).add(fillQuantity.multiply(price))
                    .divide(after.abs(), MathContext.DECIMAL64);
        } else {
            BigDecimal closed = fillQuantity.min(quantity.abs());
            realizedPnl = realizedPnl.add(price.subtract(averagePrice).multiply(closed)
                    .multiply(BigDecimal.valueOf(quantity.signum())));
            if (after.signum() == 0) {
                averagePrice = BigDecimal.ZERO;
            } else if (after.signum() != quantity.signum()) {
                averagePrice = price;
            }
        }
        quantity = after;
        lastPrice = price;
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Open P&L at {@code mark} (the last fill price when no mark is known). */
    public BigDecimal unrealizedPnl(BigDecimal mark) {
        BigDecimal m = mark != null ? mark : lastPrice;
        return m == null || quantity.signum() == 0 ? BigDecimal.ZERO : m.subtract(averagePrice).multiply(quantity);
    }

    public UUID accountId() {
        return key.accountId();
    }

    public String symbol() {
        return key.symbol();
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal averagePrice() {
        return averagePrice;
    }

    public BigDecimal realizedPnl() {
        return realizedPnl;
    }

    public BigDecimal lastPrice() {
        return lastPrice;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
