package org.autopilot.trading.domain.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.domain.planning.OrderSettings;
import org.autopilot.trading.domain.planning.SignalToggles;
import org.autopilot.trading.domain.planning.SubscriptionPolicy;
import org.autopilot.trading.domain.planning.TradingWindows;

/**
 * A broker account's subscription to a strategy. Guarantees: settings that the planner can use — they are
 * turned into a {@link SubscriptionPolicy} when accepted, so invalid windows, multipliers or quantities never
 * reach storage — and one subscription per strategy and account.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    private UUID id;

    @Column(name = "strategy_id", nullable = false, updatable = false)
    private UUID strategyId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "use_signal_quantity", nullable = false)
    private boolean useSignalQuantity;

    @Column(name = "use_signal_order_type", nullable = false)
    private boolean useSignalOrderType;

    @Column(name = "use_signal_time_in_force", nullable = false)
    private boolean useSignalTimeInForce;

    @Column(name = "use_signal_prices", nullable = false)
    private boolean useSignalPrices;

    @Column(name = "use_signal_take_profit", nullable = false)
    private boolean useSignalTakeProfit;

    @Column(name = "use_signal_stop_loss", nullable = false)
    private boolean useSignalStopLoss;

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

    @Column(nullable = false, precision = 12, scale = 6)
    private BigDecimal multiplier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllowedSides sides;

    @Column(name = "side_swapping", nullable = false)
    private boolean sideSwapping;

    @Column(name = "subtract_exit_quantity", nullable = false)
    private boolean subtractExitQuantity;

    @Column(name = "allow_add_to_position", nullable = false)
    private boolean allowAddToPosition;

    @Column(name = "cancel_open_orders", nullable = false)
    private boolean cancelOpenOrders;

    @Column(name = "trading_windows", nullable = false)
    private String tradingWindows;

    @Column(name = "allow_exits_outside_windows", nullable = false)
    private boolean allowExitsOutsideWindows;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Subscription() {
    }

    public static Subscription subscribe(UUID strategyId, UUID accountId, SubscriptionSettings settings, Instant now) {
        if (settings.quantity() != null && settings.quantity().signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + settings.quantity());
        }
        if ((settings.quantity() == null) != (settings.quantityType() == null)) {
            throw new IllegalArgumentException("quantity and quantityType go together");
        }
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.strategyId = strategyId;
        s.accountId = accountId;
        s.enabled = true;
        s.useSignalQuantity = settings.useSignalQuantity();
        s.useSignalOrderType = settings.useSignalOrderType();
        s.useSignalTimeInForce = settings.useSignalTimeInForce();
        s.useSignalPrices = settings.useSignalPrices();
        s.useSignalTakeProfit = settings.useSignalTakeProfit();
        s.useSignalStopLoss = settings.useSignalStopLoss();
        s.quantityType = settings.quantityType();
        s.quantity = settings.quantity();
        s.entryOrderType = settings.entryOrderType();
        s.exitOrderType = settings.exitOrderType();
        s.timeInForce = settings.timeInForce();
        s.multiplier = settings.multiplier();
        s.sides = settings.sides();
        s.sideSwapping = settings.sideSwapping();
        s.subtractExitQuantity = settings.subtractExitQuantity();
        s.allowAddToPosition = settings.allowAddToPosition();
        s.cancelOpenOrders = settings.cancelOpenOrders();
        // normalised through the parser: what is stored always parses again
        s.tradingWindows = TradingWindows.format(TradingWindows.parse(settings.tradingWindows()));
        s.allowExitsOutsideWindows = settings.allowExitsOutsideWindows();
        s.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        s.policy();
        return s;
    }

    /** What the planner reads; also the final validation of the settings. */
    public SubscriptionPolicy policy() {
        return new SubscriptionPolicy(new SignalToggles(useSignalQuantity, useSignalOrderType, useSignalTimeInForce,
                useSignalPrices, useSignalTakeProfit, useSignalStopLoss),
                new OrderSettings(quantityType, quantity, entryOrderType, exitOrderType, timeInForce, null, null),
                multiplier, sides, sideSwapping, subtractExitQuantity, allowAddToPosition, cancelOpenOrders,
                TradingWindows.parse(tradingWindows), allowExitsOutsideWindows);
    }

    public SubscriptionView toView() {
        return new SubscriptionView(id, strategyId, accountId, enabled, new SubscriptionSettings(useSignalQuantity,
                useSignalOrderType, useSignalTimeInForce, useSignalPrices, useSignalTakeProfit, useSignalStopLoss,
                quantityType, quantity == null ? null : quantity.stripTrailingZeros(), entryOrderType, exitOrderType,
                timeInForce, multiplier.stripTrailingZeros(), sides, sideSwapping, subtractExitQuantity,
                allowAddToPosition, cancelOpenOrders, tradingWindows, allowExitsOutsideWindows));
    }
}
