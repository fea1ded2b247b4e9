package org.autopilot.trading.domain.planning;

import org.autopilot.trading.api.QuantityType;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import java.math.BigDecimal;
import java.math.MathContext;
import org.autopilot.strategy.api.InstrumentSpec;

/** Builds the concrete orders of a plan: type and time in force with broker fallback, prices, size, bracket. */
final class OrderBuilder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private final ResolvedFields fields;
    private final SubscriptionPolicy subscription;
    private final MarketSnapshot market;
    private final Ticks ticks;

    OrderBuilder(ResolvedFields fields, SubscriptionPolicy subscription, InstrumentSpec instrument, MarketSnapshot market) {
        this.fields = fields;
        this.subscription = subscription;
        this.market = market;
        this.ticks = new Ticks(instrument);
    }

    /** An exit of {@code quantity} (already on the lot grid) in direction {@code side}. */
    PlannedOrder exit(OrderSide side, BigDecimal quantity) {
        OrderType type = orderType(PlannedOrder.Leg.EXIT);
        return new PlannedOrder(PlannedOrder.Leg.EXIT, side, quantity, type, timeInForce(), limitPrice(type, side),
                stopPrice(type, side), null, false);
    }

    /** An entry sized from the resolved quantity, or from {@code fixedQuantity} when given (side swap remainder). */
    PlannedOrder entry(OrderSide side, BigDecimal fixedQuantity, boolean afterExitFill) {
        OrderType type = orderType(PlannedOrder.Leg.ENTRY);
        BigDecimal limit = limitPrice(type, side);
        BigDecimal stop = stopPrice(type, side);
        // entry price: the limit price for limit orders, else the quote, else the signal's price
        BigDecimal entryPrice = limit != null ? limit : market.marketPrice().orElse(fields.signalPrice().orElse(null));
        Bracket bracket = bracket(side, entryPrice);
        BigDecimal quantity = fixedQuantity != null ? fixedQuantity : size(entryPrice, bracket);
        BigDecimal onLot = ticks.quantity(quantity.multiply(subscription.multiplier()));
        if (onLot.signum() <= 0) {
            throw new Refusal("quantity " + quantity.stripTrailingZeros().toPlainString()
                    + " rounds to zero at the instrument's lot step");
        }
        return new PlannedOrder(PlannedOrder.Leg.ENTRY, side, onLot, type, timeInForce(), limit, stop, bracket,
                afterExitFill);
    }

    /** Quantity to exit from a position of {@code held} (absolute), given the signal's quantity if any. */
    BigDecimal exitQuantity(BigDecimal held) {
        if (fields.signalQuantity().isEmpty()) {
            return held;
        }
        BigDecimal wanted = fields.quantityType() == QuantityType.PERCENT_OF_POSITION
                ? held.multiply(fields.quantity()).divide(HUNDRED, MC)
                : size(market.marketPrice().orElse(fields.signalPrice().orElse(null)), null);
        BigDecimal onLot = ticks.quantity(wanted.min(held));
        if (onLot.signum() <= 0) {
            throw new Refusal("exit quantity rounds to zero at the instrument's lot step");
        }
        return onLot;
    }

    private BigDecimal size(BigDecimal entryPrice, Bracket bracket) {
        BigDecimal value = fields.quantity();
        return switch (fields.quantityType()) {
            case FIXED_QUANTITY -> value;
            case DOLLAR_AMOUNT -> value.divide(requirePrice(entryPrice), MC);
            case RISK_DOLLAR_AMOUNT -> {
                if (bracket == null || bracket.stopLossPrice() == null) {
                    throw new Refusal("risk_dollar_amount sizing needs a stop loss with a stop price");
                }
                BigDecimal risk = requirePrice(entryPrice).subtract(bracket.stopLossPrice()).abs();
                if (risk.signum() == 0) {
                    throw new Refusal("risk_dollar_amount sizing: the stop loss equals the entry price");
                }
                yield value.divide(risk, MC);
            }
            case PERCENT_OF_EQUITY -> {
                MarketSnapshot.Equity account = market.equity().get();
                if (account == null || account.equity() == null) {
                    throw new Refusal("percent_of_equity sizing: the account's equity is unknown");
                }
                BigDecimal unrealized = account.unrealizedPnl() == null ? BigDecimal.ZERO : account.unrealizedPnl();
                yield account.equity().subtract(unrealized).multiply(value).divide(HUNDRED, MC)
                        .divide(requirePrice(entryPrice), MC);
            }
            case PERCENT_OF_POSITION -> throw new Refusal("percent_of_position sizes exits only");
        };
    }

    private static BigDecimal requirePrice(BigDecimal price) {
        if (price == null) {
            throw new Refusal("no price to size the order: no quote and no signal price");
        }
        return price;
    }

    private OrderType orderType(PlannedOrder.Leg leg) {
        OrderType resolved = fields.orderType(leg);
        if (market.broker().orderTypes().contains(resolved)) {
            return resolved;
        }
        return fields.fallbackOrderType(leg).filter(market.broker().orderTypes()::contains)
                .orElseThrow(() -> new Refusal("order type " + resolved.name().toLowerCase()
                        + " is not supported by the broker and the subscription has no supported default"));
    }

    private TimeInForce timeInForce() {
        TimeInForce resolved = fields.timeInForce();
        if (market.broker().timesInForce().contains(resolved)) {
            return resolved;
        }
        return fields.fallbackTimeInForce().filter(market.broker().timesInForce()::contains)
                .orElseThrow(() -> new Refusal("time in force " + resolved.name().toLowerCase()
                        + " is not supported by the broker and the subscription has no supported default"));
    }

    private BigDecimal limitPrice(OrderType type, OrderSide side) {
        if (type != OrderType.LIMIT && type != OrderType.STOP_LIMIT) {
            return null;
        }
        return ticks.price(fields.limitPrice().or(market::marketPrice).orElseThrow(
                () -> new Refusal("a " + type.name().toLowerCase() + " order needs a limit price or a quote")), side);
    }

    private BigDecimal stopPrice(OrderType type, OrderSide side) {
        if (type != OrderType.STOP && type != OrderType.STOP_LIMIT) {
            return null;
        }
        return ticks.price(fields.stopPrice().or(market::marketPrice).orElseThrow(
                () -> new Refusal("a " + type.name().toLowerCase() + " order needs a stop price or a quote")), side);
    }

    private Bracket bracket(OrderSide side, BigDecimal entryPrice) {
        TakeProfit profit = fields.takeProfit().orElse(null);
        StopLoss loss = fields.stopLoss().orElse(null);
        if (profit == null && loss == null) {
            return null;
        }
        if (!market.broker().brackets()) {
            throw new Refusal("the broker does not support brackets; refusing to send the entry without its legs");
        }
        BigDecimal price = requirePrice(entryPrice);
        // the legs close the position: their side is the entry's opposite, which decides the tick rounding
        OrderSide legSide = side.opposite();
        int up = side == OrderSide.BUY ? 1 : -1;
        BigDecimal target = profit == null ? null : ticks.price(relative(price, profit.limitPrice(), profit.percent(),
                profit.amount(), up), legSide);
        BigDecimal stop = loss == null || loss.type() == StopLossType.TRAILING_STOP ? null
                : ticks.price(relative(price, loss.stopPrice(), loss.percent(), loss.amount(), -up), legSide);
        if (target != null && target.compareTo(price) * up <= 0) {
            throw new Refusal("take profit " + target.toPlainString() + " is not " + (up > 0 ? "above" : "below")
                    + " the entry price " + price.toPlainString());
        }
        if (stop != null && stop.compareTo(price) * up >= 0) {
            throw new Refusal("stop loss " + stop.toPlainString() + " is not " + (up > 0 ? "below" : "above")
                    + " the entry price " + price.toPlainString());
        }
        return new Bracket(target, loss == null ? null : loss.type(), stop, stopLimit(loss, stop, legSide, -up),
                loss == null ? null : loss.trailAmount(), loss == null ? null : loss.trailPercent());
    }

    /** A stop-limit leg's limit: absolute, or the stop moved by the offset further away from the entry. */
    private BigDecimal stopLimit(StopLoss loss, BigDecimal stop, OrderSide legSide, int direction) {
        if (loss == null || (loss.limitPrice() == null && loss.limitOffset() == null)) {
            return null;
        }
        BigDecimal limit = loss.limitPrice() != null ? loss.limitPrice()
                : stop.add(loss.limitOffset().multiply(BigDecimal.valueOf(direction)));
        if (limit.signum() <= 0) {
            throw new Refusal("the stop loss limit " + limit.toPlainString() + " is not a positive price");
        }
        return ticks.price(limit, legSide);
    }

    /** An absolute price, or the entry moved by a percent or an amount in direction {@code direction}. */
    private static BigDecimal relative(BigDecimal entry, BigDecimal absolute, BigDecimal percent, BigDecimal amount,
                                       int direction) {
        if (absolute != null) {
            return absolute;
        }
        BigDecimal move = percent != null ? entry.multiply(percent).divide(HUNDRED, MC) : amount;
        return entry.add(move.multiply(BigDecimal.valueOf(direction)));
    }
}
