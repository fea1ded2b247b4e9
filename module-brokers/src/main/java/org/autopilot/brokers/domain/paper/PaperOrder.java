package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Objects;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.brokers.api.OrderStatus;
import org.autopilot.brokers.api.Quote;

/**
 * A working or finished order inside the paper venue, with the state its trigger logic needs. It remembers whether
 * it changed since it was last stored, so that a venue writes only the orders a request or a quote touched.
 */
final class PaperOrder {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrderRequest request;
    private final long sequence;
    /** The bracket sibling this order cancels when it fills (and is cancelled by). */
    private final String ocoSibling;
    private final Instant acceptedAt;
    private OrderStatus status;
    private BigDecimal averagePrice;
    private boolean stopTriggered;
    /** Best price seen since submission: highest bid for a sell trailing stop, lowest ask for a buy one. */
    private BigDecimal watermark;
    private boolean changed;

    PaperOrder(OrderRequest request, long sequence, String ocoSibling, Instant acceptedAt) {
        this(new PaperOrderState(request, sequence, ocoSibling, OrderStatus.NEW, null, false, null, acceptedAt));
        changed = true;
    }

    /** An order as it was stored. */
    PaperOrder(PaperOrderState state) {
        this.request = state.request();
        this.sequence = state.sequence();
        this.ocoSibling = state.ocoSibling();
        this.acceptedAt = state.acceptedAt();
        this.status = state.status();
        this.averagePrice = state.averagePrice();
        this.stopTriggered = state.stopTriggered();
        this.watermark = state.watermark();
    }

    OrderRequest request() {
        return request;
    }

    long sequence() {
        return sequence;
    }

    String ocoSibling() {
        return ocoSibling;
    }

    Instant acceptedAt() {
        return acceptedAt;
    }

    OrderStatus status() {
        return status;
    }

    boolean working() {
        return !status.isFinal();
    }

    boolean changed() {
        return changed;
    }

    /** The order's state for storage; from now on it counts as unchanged. */
    PaperOrderState stored() {
        changed = false;
        return new PaperOrderState(request, sequence, ocoSibling, status, averagePrice, stopTriggered, watermark,
                acceptedAt);
    }

    void replace(OrderRequest replacement) {
        request = replacement;
        changed = true;
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
                if (!stopTriggered && stopTouched(touch, request.stopPrice(), buy)) {
                    stopTriggered = true;
                    changed = true;
                }
                yield stopTriggered ? limitFill(touch, buy) : null;
            }
            case TRAILING_STOP -> {
                BigDecimal best = watermark == null ? touch : buy ? watermark.min(touch) : watermark.max(touch);
                if (!Objects.equals(best, watermark)) {
                    watermark = best;
                    changed = true;
                }
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
        changed = true;
        return report(request.quantity(), price, null, time);
    }

    OrderReport end(OrderStatus finalStatus, String reason, Instant time) {
        status = finalStatus;
        changed = true;
        return report(null, null, reason, time);
    }

    OrderReport report(BigDecimal lastQuantity, BigDecimal lastPrice, String reason, Instant time) {
        return new OrderReport(request.clientOrderId(), "paper-" + sequence, request.symbol(), request.side(), status,
                request.quantity(), status == OrderStatus.FILLED ? request.quantity() : BigDecimal.ZERO, averagePrice,
                lastQuantity, lastPrice, reason, time);
    }
}
