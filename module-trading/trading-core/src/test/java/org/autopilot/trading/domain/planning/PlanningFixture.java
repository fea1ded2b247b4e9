package org.autopilot.trading.domain.planning;

import org.autopilot.trading.api.AllowedSides;
import org.autopilot.brokers.api.BrokerCapabilities;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentSpec;

/** Test inputs for the planner and a compact text form of its plans ("cancel | EXIT SELL 10 MARKET DAY"). */
final class PlanningFixture {

    static final InstrumentSpec AAPL = new InstrumentSpec("AAPL", AssetClass.STOCK, "USD", "XNAS",
            ZoneId.of("America/New_York"), ExchangeSessions.parse("Mon-Fri 09:30-16:00"), new BigDecimal("0.01"),
            BigDecimal.ONE, false);
    static final InstrumentSpec BTC = new InstrumentSpec("BTC/USD", AssetClass.CRYPTO, "USD", "PAPER", ZoneId.of("UTC"),
            ExchangeSessions.ALWAYS_OPEN, new BigDecimal("0.01"), new BigDecimal("0.0001"), true);
    /** A Wednesday, 10:00 in New York. */
    static final Instant WEDNESDAY_10AM_NY = Instant.parse("2026-03-04T15:00:00Z");

    private PlanningFixture() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Quote 99.98 / 100.02 (mid 100), equity 100,000, no unrealized P&L, a broker that supports everything. */
    static MarketSnapshot holding(String position) {
        return new MarketSnapshot(d(position), d("99.98"), d("100.02"), d("100.00"),
                () -> new MarketSnapshot.Equity(d("100000"), BigDecimal.ZERO), WEDNESDAY_10AM_NY, BrokerCapabilities.everything());
    }

    static MarketSnapshot at(MarketSnapshot m, Instant now) {
        return new MarketSnapshot(m.position(), m.bid(), m.ask(), m.last(), m.equity(), now, m.broker());
    }

    static MarketSnapshot withBroker(MarketSnapshot m, BrokerCapabilities broker) {
        return new MarketSnapshot(m.position(), m.bid(), m.ask(), m.last(), m.equity(), m.now(), broker);
    }

    static MarketSnapshot withoutQuote(MarketSnapshot m) {
        return new MarketSnapshot(m.position(), null, null, null, m.equity(), m.now(), m.broker());
    }

    static MarketSnapshot withUnrealized(MarketSnapshot m, String unrealized) {
        MarketSnapshot.Equity equity = new MarketSnapshot.Equity(m.equity().get().equity(), d(unrealized));
        return new MarketSnapshot(m.position(), m.bid(), m.ask(), m.last(), () -> equity, m.now(), m.broker());
    }

    /** A mutable builder over the record, for readable test rows. */
    static final class Policy {
        SignalToggles useSignal = SignalToggles.ALL;
        OrderSettings own = OrderSettings.NONE;
        BigDecimal multiplier = BigDecimal.ONE;
        AllowedSides sides = AllowedSides.BOTH;
        boolean sideSwapping = true;
        boolean subtractExitQuantity = true;
        boolean allowAdd = false;
        boolean cancelOpenOrders = true;
        ExchangeSessions windows = ExchangeSessions.ALWAYS_OPEN;
        boolean exitsOutsideWindows = true;

        SubscriptionPolicy build() {
            return new SubscriptionPolicy(useSignal, own, multiplier, sides, sideSwapping, subtractExitQuantity, allowAdd,
                    cancelOpenOrders, windows, exitsOutsideWindows);
        }
    }

    static String describe(OrderPlan plan) {
        return switch (plan) {
            case OrderPlan.Rejected r -> "rejected: " + r.reason();
            case OrderPlan.Ignored i -> "ignored: " + i.reason();
            case OrderPlan.Orders o -> {
                List<String> parts = new java.util.ArrayList<>();
                if (o.cancelOpenOrders()) {
                    parts.add("cancel");
                }
                parts.addAll(o.orders().stream().map(PlanningFixture::describe).collect(Collectors.toList()));
                yield parts.isEmpty() ? "nothing" : String.join(" | ", parts);
            }
        };
    }

    static String describe(PlannedOrder o) {
        StringBuilder s = new StringBuilder().append(o.leg()).append(' ').append(o.side()).append(' ')
                .append(o.quantity().toPlainString()).append(' ').append(o.type()).append(' ').append(o.timeInForce());
        if (o.limitPrice() != null) {
            s.append(" limit ").append(o.limitPrice().toPlainString());
        }
        if (o.stopPrice() != null) {
            s.append(" stop ").append(o.stopPrice().toPlainString());
        }
        if (o.bracket() != null) {
            if (o.bracket().takeProfitPrice() != null) {
                s.append(" tp ").append(o.bracket().takeProfitPrice().toPlainString());
            }
            if (o.bracket().stopLossPrice() != null) {
                s.append(" sl ").append(o.bracket().stopLossPrice().toPlainString());
            }
            if (o.bracket().stopLossLimitPrice() != null) {
                s.append(" sl-limit ").append(o.bracket().stopLossLimitPrice().toPlainString());
            }
            if (o.bracket().trailAmount() != null) {
                s.append(" trail ").append(o.bracket().trailAmount().toPlainString());
            }
            if (o.bracket().trailPercent() != null) {
                s.append(" trail ").append(o.bracket().trailPercent().toPlainString()).append('%');
            }
        }
        if (o.afterExitFill()) {
            s.append(" after-exit-fill");
        }
        return s.toString();
    }
}
