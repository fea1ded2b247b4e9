package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderStatus;
import org.autopilot.brokers.api.Quote;

/** A working or finished order inside the paper venue, with the state its trigger logic needs. */
final class PaperOrder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrderRequest request;
    private final String brokerOrderId;
    /** The bracket sibling this order cancels when it fills (and is cancelled by). */
    private final String ocoSibling;
    private OrderStatus status = OrderStatus.NEW;
    private BigDecimal averagePrice;
    private boolean stopTriggered;
    /** Best price seen since submission: highest bid for a sell trailing stop, lowest ask for a buy one. */
    private BigDecimal watermark;

    PaperOrder(OrderRequest request, String brokerOrderId, String ocoSibling) {
        this.request = request;
        this.brokerOrderId = brokerOrderId;
        this.ocoSibling = ocoSibling;
    }

    OrderRequest request() {
        return request;
    }

    String ocoSibling() {
        return ocoSibling;
    }

    OrderStatus status() {
        return status;
    }

    boolean working() {
        return !status.isFinal();
    }

    void replace(OrderRequest changed) {
        request = changed;
    }

    /**
     * The price this order fills at against {@code quote} now, or null when it does not fill. Stop-limit orders
     * remember that their stop was touched; trailing stops follow the market first.
     */
    BigDecimal fillPrice(Quote quote, BigDecimal slippageFraction) {
        boolean buy = request.side() == OrderSide.BUY;
        BigDecimal touch = buy ? quote.ask() : quote.bid();
        BigDecimal market = buy ? touch.multiply(BigDecimal.ONE.add(slippageFraction))
                : touch.multiply(BigDecimal.ONE.subtract(slippageFraction));
        return switch (request.type()) {
            case MARKET -> market;
            case LIMIT -> limitFill(touch, buy);
            case STOP -> stopTouched(touch, request.stopPrice(), buy) ? market : null;
            case STOP_LIMIT -> {
                stopTriggered = stopTriggered || stopTouched(touch, request.stopPrice(), buy);
                yield stopTriggered ? limitFill(touch, buy) : null;
            }
            case TRAILING_STOP -> {
                watermark = watermark == null ? touch : buy ? watermark.min(touch) : watermark.max(touch);
                yield stopTouched(touch, trailingStop(buy), buy) ? market : null;
            }
        };
    }

    private BigDecimal limitFill(BigDecimal touch, boolean buy) {
        int cmp = touch.compareTo(request.limitPrice());
        return (buy ? cmp <= 0 : cmp >= 0) ? touch : null;
    }

    private static boolean stopTouched(BigDecimal touch, BigDecimal stop, boolean buy) {
        return buy ? touch.compareTo(stop) >= 0 : touch.compareTo(stop) <= 0;
    }

    private BigDecimal trailingStop(boolean buy) {
        BigDecimal distance = request.trailAmount() != null ? request.trailAmount()
                : watermark.multiply(request.trailPercent()).divide(HUNDRED, MathContext.DECIMAL64);
        return buy ? watermark.add(distance) : watermark.subtract(distance);
    }

    OrderReport fill(BigDecimal price, Instant time) {
        status = OrderStatus.FILLED;
        averagePrice = price;
        return report(request.quantity(), price, null, time);
    }

    OrderReport end(OrderStatus finalStatus, String reason, Instant time) {
        status = finalStatus;
        return report(null, null, reason, time);
    }

    OrderReport report(BigDecimal lastQuantity, BigDecimal lastPrice, String reason, Instant time) {
        return new OrderReport(request.clientOrderId(), brokerOrderId, request.symbol(), request.side(), status,
                request.quantity(), status == OrderStatus.FILLED ? request.quantity() : BigDecimal.ZERO, averagePrice,
                lastQuantity, lastPrice, reason, time);
    }
}
