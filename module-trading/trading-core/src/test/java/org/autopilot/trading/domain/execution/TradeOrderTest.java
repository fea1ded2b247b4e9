package org.autopilot.trading.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderStatus;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.domain.planning.Bracket;
import org.autopilot.trading.domain.planning.PlannedOrder;
import org.autopilot.trading.domain.planning.StopLossType;
import org.junit.jupiter.api.Test;

class TradeOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private final SignalDelivery delivery = SignalDelivery.queue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NOW);

    private TradeOrder order(BigDecimal quantity, Bracket bracket) {
        PlannedOrder planned = new PlannedOrder(PlannedOrder.Leg.ENTRY, OrderSide.BUY, quantity, OrderType.LIMIT,
                TimeInForce.GTC, new BigDecimal("100"), null, bracket, false);
        return TradeOrder.planned(delivery, 0, ClientOrderId.of(delivery.signalId(), delivery.subscriptionId(), "entry-0"),
                "AAPL", planned, NOW);
    }

    private static OrderReport report(TradeOrder o, OrderStatus status, String filled, String average, String lastQty,
                                      String lastPrice) {
        return new OrderReport(o.clientOrderId(), "B-1", o.symbol(), o.side(), status, o.quantity(),
                new BigDecimal(filled), average == null ? null : new BigDecimal(average),
                lastQty == null ? null : new BigDecimal(lastQty), lastPrice == null ? null : new BigDecimal(lastPrice),
                null, NOW);
    }

    @Test
    void fillsAreCountedOnceByCumulativeQuantity() {
        TradeOrder o = order(BigDecimal.TEN, null);
        Optional<FillDelta> first = o.apply(report(o, OrderStatus.PARTIALLY_FILLED, "4", "100", "4", "100"), NOW);
        assertEquals(new FillDelta(new BigDecimal("4"), new BigDecimal("100"), new BigDecimal("4")), first.orElseThrow());
        assertTrue(o.apply(report(o, OrderStatus.PARTIALLY_FILLED, "4", "100", "4", "100"), NOW).isEmpty(),
                "the same report again adds nothing");
        // a report that covers two fills at once: the price of the missing part comes from the averages
        FillDelta rest = o.apply(report(o, OrderStatus.FILLED, "10", "99.4", null, null), NOW).orElseThrow();
        assertEquals(0, new BigDecimal("6").compareTo(rest.quantity()));
        assertEquals(0, new BigDecimal("99").compareTo(rest.price()));
        assertEquals(OrderState.FILLED, o.status());
        assertEquals("B-1", o.brokerOrderId());
    }

    @Test
    void aFinishedOrderNeverGoesBackToWorking() {
        TradeOrder o = order(BigDecimal.ONE, null);
        o.apply(report(o, OrderStatus.CANCELED, "0", null, null, null), NOW);
        o.apply(report(o, OrderStatus.NEW, "0", null, null, null), NOW);
        assertEquals(OrderState.CANCELED, o.status());
    }

    @Test
    void theRequestCarriesTheBracketAndTheLegsTakeItsPrices() {
        Bracket bracket = new Bracket(new BigDecimal("110"), StopLossType.STOP_LIMIT, new BigDecimal("95"),
                new BigDecimal("94.5"), null, null);
        TradeOrder entry = order(new BigDecimal("3"), bracket);
        var request = entry.toRequest();
        assertEquals(new BigDecimal("110"), request.bracket().takeProfitLimit());
        assertEquals(new BigDecimal("94.5"), request.bracket().stopLossLimit());
        TradeOrder stop = TradeOrder.bracketLeg(entry, TradeOrder.Leg.STOP_LOSS,
                report(entry, OrderStatus.NEW, "0", null, null, null), NOW);
        assertEquals(OrderType.STOP_LIMIT, stop.type());
        assertEquals(OrderSide.SELL, stop.side());
        assertEquals(new BigDecimal("95"), stop.stopPrice());
        assertEquals(new BigDecimal("94.5"), stop.limitPrice());
    }

    @Test
    void onlyUnsentOrdersCanBeDropped() {
        TradeOrder o = order(BigDecimal.ONE, null);
        o.waitForExit(NOW);
        o.dropUnsent("exit did not fill", NOW);
        assertEquals(OrderState.CANCELED, o.status());
        assertEquals("exit did not fill", o.reason());
        TradeOrder sent = order(BigDecimal.ONE, null);
        sent.apply(report(sent, OrderStatus.NEW, "0", null, null, null), NOW);
        assertThrows(IllegalStateException.class, () -> sent.dropUnsent("too late", NOW));
        assertFalse(sent.status().isFinal());
    }
}
