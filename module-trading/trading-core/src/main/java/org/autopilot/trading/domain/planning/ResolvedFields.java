package org.autopilot.trading.domain.planning;

import org.autopilot.trading.api.QuantityType;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field's value by precedence: the signal's (when the subscription uses it and the signal has it), else the
 * subscription's own setting, else the strategy default, else the platform default.
 */
final class ResolvedFields {

    private final TradeSignal signal;
    private final SubscriptionPolicy subscription;
    private final OrderSettings strategy;

    ResolvedFields(TradeSignal signal, SubscriptionPolicy subscription, OrderSettings strategy) {
        this.signal = signal;
        this.subscription = subscription;
        this.strategy = strategy;
    }

    private <T> T resolve(boolean useSignal, T fromSignal, Function<OrderSettings, T> setting) {
        if (useSignal && fromSignal != null) {
            return fromSignal;
        }
        return Optional.ofNullable(setting.apply(subscription.own()))
                .or(() -> Optional.ofNullable(setting.apply(strategy)))
                .orElseGet(() -> setting.apply(OrderSettings.PLATFORM));
    }

    /** The signal's quantity (with its type) or the configured one; the type defaults to fixed quantity. */
    QuantityType quantityType() {
        if (signalQuantity().isPresent()) {
            return signal.quantityType() == null ? QuantityType.FIXED_QUANTITY : signal.quantityType();
        }
        return resolve(false, null, OrderSettings::quantityType);
    }

    BigDecimal quantity() {
        return signalQuantity().orElseGet(() -> resolve(false, null, OrderSettings::quantity));
    }

    Optional<BigDecimal> signalQuantity() {
        return subscription.useSignal().quantity() ? Optional.ofNullable(signal.quantity()) : Optional.empty();
    }

    OrderType orderType(PlannedOrder.Leg leg) {
        return leg == PlannedOrder.Leg.ENTRY
                ? resolve(subscription.useSignal().orderType(), signal.orderType(), OrderSettings::entryOrderType)
                : resolve(subscription.useSignal().orderType(), signal.orderType(), OrderSettings::exitOrderType);
    }

    /** The subscription's own default for the leg, the fallback when the broker refuses the resolved type. */
    Optional<OrderType> fallbackOrderType(PlannedOrder.Leg leg) {
        OrderSettings own = subscription.own();
        return Optional.ofNullable(leg == PlannedOrder.Leg.ENTRY ? own.entryOrderType() : own.exitOrderType());
    }

    TimeInForce timeInForce() {
        return resolve(subscription.useSignal().timeInForce(), signal.timeInForce(), OrderSettings::timeInForce);
    }

    Optional<TimeInForce> fallbackTimeInForce() {
        return Optional.ofNullable(subscription.own().timeInForce());
    }

    /** The price the signal saw when it fired (a fallback when there is no quote). */
    Optional<BigDecimal> signalPrice() {
        return Optional.ofNullable(signal.price());
    }

    Optional<BigDecimal> limitPrice() {
        return subscription.useSignal().prices() ? Optional.ofNullable(signal.limitPrice()) : Optional.empty();
    }

    Optional<BigDecimal> stopPrice() {
        return subscription.useSignal().prices() ? Optional.ofNullable(signal.stopPrice()) : Optional.empty();
    }

    Optional<TakeProfit> takeProfit() {
        return Optional.ofNullable(resolve(subscription.useSignal().takeProfit(), signal.takeProfit(),
                OrderSettings::takeProfit));
    }

    Optional<StopLoss> stopLoss() {
        return Optional.ofNullable(resolve(subscription.useSignal().stopLoss(), signal.stopLoss(),
                OrderSettings::stopLoss));
    }
}
