package org.autopilot.trading.domain.subscription;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.domain.defaults.ConfiguredDefaults;
import org.autopilot.trading.domain.defaults.Decimals;
import org.autopilot.trading.domain.planning.SignalToggles;
import org.autopilot.trading.domain.planning.SubscriptionPolicy;

/**
 * A broker account's subscription to a strategy. Guarantees: settings that the planner can use — they are
 * turned into a {@link SubscriptionPolicy} when accepted, so invalid windows, multipliers, quantities or brackets
 * never reach storage — one subscription per strategy and account, and changes only by someone who read the
 * current version.
 */
@Entity
@Cacheable
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

    /** Null when none of the account's own order defaults is set (JPA reads an all-null embeddable as null). */
    @Embedded
    private ConfiguredDefaults own;

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

    /**
     * An enabled subscription.
     *
     * @throws InvalidSetting naming the refused field
     */
    public static Subscription subscribe(UUID strategyId, UUID accountId, SubscriptionSettings settings, Instant now) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.strategyId = strategyId;
        s.accountId = accountId;
        s.enabled = true;
        s.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        s.apply(settings);
        return s;
    }

    /**
     * Replaces every setting.
     *
     * @throws StaleEdit      when {@code expectedVersion} is not the current version
     * @throws InvalidSetting naming the refused field; nothing is changed then
     */
    public void change(long expectedVersion, SubscriptionSettings settings) {
        if (expectedVersion != version) {
            throw new StaleEdit(what(), expectedVersion, version);
        }
        apply(settings);
    }

    /** Whether signals fan out to it; false when it already was in that state. */
    public boolean setEnabled(boolean value) {
        boolean changed = enabled != value;
        enabled = value;
        return changed;
    }

    /** For messages: "the settings of subscription ...". */
    public String what() {
        return "the settings of subscription " + id;
    }

    /** Validates everything first, so that a refusal leaves the subscription as it was. */
    private void apply(SubscriptionSettings settings) {
        if (settings == null) {
            throw new InvalidSetting("settings", "settings are required");
        }
        ConfiguredDefaults validOwn = ConfiguredDefaults.of(settings.orderDefaults());
        if (settings.multiplier() == null) {
            throw new InvalidSetting("multiplier", "multiplier is required (1 keeps sizes as they are)");
        }
        BigDecimal validMultiplier = Decimals.positive("multiplier", settings.multiplier(), 6, 6);
        if (settings.sides() == null) {
            throw new InvalidSetting("sides", "sides is required: both, long_only or short_only");
        }
        String windows = normalisedWindows(settings.tradingWindows());
        useSignalQuantity = settings.useSignalQuantity();
        useSignalOrderType = settings.useSignalOrderType();
        useSignalTimeInForce = settings.useSignalTimeInForce();
        useSignalPrices = settings.useSignalPrices();
        useSignalTakeProfit = settings.useSignalTakeProfit();
        useSignalStopLoss = settings.useSignalStopLoss();
        own = validOwn;
        multiplier = validMultiplier;
        sides = settings.sides();
        sideSwapping = settings.sideSwapping();
        subtractExitQuantity = settings.subtractExitQuantity();
        allowAddToPosition = settings.allowAddToPosition();
        cancelOpenOrders = settings.cancelOpenOrders();
        tradingWindows = windows;
        allowExitsOutsideWindows = settings.allowExitsOutsideWindows();
        policy();
    }

    /**
     * Normalised through the parser (the canonical text of {@link ExchangeSessions}, empty for "always"): what is
     * stored always parses again.
     */
    private static String normalisedWindows(String text) {
        try {
            ExchangeSessions windows = windows(text);
            return windows.alwaysOpen() ? "" : windows.toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("tradingWindows", e.getMessage());
        }
    }

    /** Trading windows are written like an exchange's sessions; none (empty) means always. */
    private static ExchangeSessions windows(String text) {
        return text == null || text.isBlank() ? ExchangeSessions.ALWAYS_OPEN
                : ExchangeSessions.parse(text, "trading windows");
    }

    /** What the planner reads (the account's own order defaults include its take profit and stop loss). */
    public SubscriptionPolicy policy() {
        return new SubscriptionPolicy(new SignalToggles(useSignalQuantity, useSignalOrderType, useSignalTimeInForce,
                useSignalPrices, useSignalTakeProfit, useSignalStopLoss), ConfiguredDefaults.orNone(own).settings(),
                multiplier, sides, sideSwapping, subtractExitQuantity, allowAddToPosition, cancelOpenOrders,
                windows(tradingWindows), allowExitsOutsideWindows);
    }

    public SubscriptionView toView() {
        return new SubscriptionView(id, strategyId, accountId, enabled, version, new SubscriptionSettings(
                useSignalQuantity, useSignalOrderType, useSignalTimeInForce, useSignalPrices, useSignalTakeProfit,
                useSignalStopLoss, ConfiguredDefaults.orNone(own).toApi(), Decimals.plain(multiplier), sides,
                sideSwapping, subtractExitQuantity, allowAddToPosition, cancelOpenOrders, tradingWindows,
                allowExitsOutsideWindows));
    }
}
