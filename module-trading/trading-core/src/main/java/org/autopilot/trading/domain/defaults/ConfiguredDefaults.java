package org.autopilot.trading.domain.defaults;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.domain.planning.OrderSettings;

/**
 * Order defaults configured at one level (a strategy's, or a subscription's own), as stored. Guarantees: quantity
 * and quantity type go together, the quantity is positive and an entry size, and the brackets are valid for the
 * planner. Null fields leave the decision to the next level.
 */
@Embeddable
public class ConfiguredDefaults {

    @Enumerated(EnumType.STRING)
    @Column(name = "quantity_type")
    private QuantityType quantityType;

    @Column(precision = 24, scale = 8)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_order_type")
    private OrderType entryOrderType;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_order_type")
    private OrderType exitOrderType;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_in_force")
    private TimeInForce timeInForce;

    /** Null when the row has no bracket columns set (JPA reads an all-null embeddable as null). */
    @Embedded
    private BracketDefaults brackets;

    protected ConfiguredDefaults() {
    }

    /**
     * Validated defaults; null stands for "nothing set".
     *
     * @throws InvalidSetting naming the field
     */
    public static ConfiguredDefaults of(OrderDefaults defaults) {
        OrderDefaults d = defaults == null ? OrderDefaults.none() : defaults;
        if ((d.quantity() == null) != (d.quantityType() == null)) {
            throw new InvalidSetting(d.quantity() == null ? "quantity" : "quantityType",
                    "quantity and quantityType go together: set both or neither");
        }
        if (d.quantityType() == QuantityType.PERCENT_OF_POSITION) {
            throw new InvalidSetting("quantityType",
                    "percent_of_position cannot be a default quantityType: it sizes a signal's exits only");
        }
        ConfiguredDefaults c = new ConfiguredDefaults();
        c.quantity = Decimals.positive("quantity", d.quantity(), 16, 8);
        c.quantityType = d.quantityType();
        c.entryOrderType = d.entryOrderType();
        c.exitOrderType = d.exitOrderType();
        c.timeInForce = d.timeInForce();
        c.brackets = BracketDefaults.of(d.takeProfit(), d.stopLoss());
        return c;
    }

    /** What the planner reads at this level. */
    public OrderSettings settings() {
        return new OrderSettings(quantityType, quantity, entryOrderType, exitOrderType, timeInForce,
                brackets == null ? null : brackets.takeProfit(), brackets == null ? null : brackets.stopLoss());
    }

    public OrderDefaults toApi() {
        return new OrderDefaults(quantityType, Decimals.plain(quantity), entryOrderType, exitOrderType, timeInForce,
                brackets == null ? null : brackets.takeProfitDefault(),
                brackets == null ? null : brackets.stopLossDefault());
    }

    /** For owners whose embedded defaults JPA read back as null because every column was null. */
    public static ConfiguredDefaults orNone(ConfiguredDefaults stored) {
        return stored != null ? stored : new ConfiguredDefaults();
    }
}
