package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BracketRequest;
import org.autopilot.brokers.api.BrokerCapabilities;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.OrderStatus;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.api.TimeInForce;

/**
 * A simulated venue for one paper account. Orders fill in full against the latest quote: market orders at the
 * touch plus slippage, limit orders at the touch once it reaches their limit, stops when the touch crosses their
 * stop, trailing stops when the market retreats by their trail from its best level. IOC and FOK orders that
 * cannot fill at once are cancelled; DAY orders expire at {@link #expireDayOrders}; OPG and CLS orders fill at the
 * first quote after submission. A filled entry's bracket legs go live together and cancel each other.
 * Every request and report is written to the venue's own {@link #log()}.
 */
public final class PaperExchange implements BrokerGateway {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final PaperAccount account;
    private final BigDecimal slippage;
    private final Clock clock;
    private final Map<String, PaperOrder> orders = new LinkedHashMap<>();
    private final Map<String, Quote> quotes = new HashMap<>();
    private final List<PaperLogEntry> log = new ArrayList<>();
    private final List<Consumer<OrderReport>> listeners = new CopyOnWriteArrayList<>();
    private long sequence;

    public PaperExchange(String currency, BigDecimal startingCash, BigDecimal slippageBasisPoints, Clock clock) {
        this.account = new PaperAccount(currency, startingCash);
        this.slippage = slippageBasisPoints.divide(TEN_THOUSAND, 12, RoundingMode.HALF_EVEN);
        this.clock = clock;
    }

    @Override
    public BrokerCapabilities capabilities() {
        return new BrokerCapabilities(EnumSet.allOf(OrderType.class), EnumSet.allOf(TimeInForce.class), true);
    }

    @Override
    public synchronized OrderReport submit(OrderRequest request) {
        PaperOrder known = orders.get(request.clientOrderId());
        if (known != null) {
            log(PaperLogEntry.Kind.DUPLICATE_SUBMIT, request.clientOrderId(), "already known; not sent again");
            return known.report(null, null, "duplicate client order id; the original order stands", clock.instant());
        }
        log(PaperLogEntry.Kind.SUBMIT, request.clientOrderId(), request.toString());
        PaperOrder order = add(request, null);
        publish(order.report(null, null, null, clock.instant()));
        Quote quote = quotes.get(request.symbol());
        boolean waitsForNextQuote = request.timeInForce() == TimeInForce.OPG || request.timeInForce() == TimeInForce.CLS;
        if (quote != null && !waitsForNextQuote) {
            tryFill(order, quote);
        } else if (quote == null && (request.timeInForce() == TimeInForce.IOC || request.timeInForce() == TimeInForce.FOK)) {
            publish(order.end(OrderStatus.CANCELED, "no quote: not immediately fillable", clock.instant()));
        }
        if (order.working() && (request.timeInForce() == TimeInForce.IOC || request.timeInForce() == TimeInForce.FOK)) {
            publish(order.end(OrderStatus.CANCELED, "not immediately fillable", clock.instant()));
        }
        return order.report(null, null, null, clock.instant());
    }

    /** A new quote: every working order in the symbol is checked against it, oldest first. */
    public synchronized List<OrderReport> onQuote(Quote quote) {
        quotes.put(quote.symbol(), quote);
        List<OrderReport> reports = new ArrayList<>();
        for (PaperOrder order : List.copyOf(orders.values())) {
            if (order.working() && order.request().symbol().equals(quote.symbol())) {
                reports.addAll(tryFill(order, quote));
            }
        }
        return reports;
    }

    /** The session is over: working DAY orders expire. */
    public synchronized List<OrderReport> expireDayOrders() {
        List<OrderReport> reports = new ArrayList<>();
        for (PaperOrder order : orders.values()) {
            if (order.working() && order.request().timeInForce() == TimeInForce.DAY) {
                reports.add(publish(order.end(OrderStatus.EXPIRED, "end of day", clock.instant())));
            }
        }
        return reports;
    }

    @Override
    public synchronized OrderReport cancel(String clientOrderId) {
        log(PaperLogEntry.Kind.CANCEL, clientOrderId, "");
        PaperOrder order = orders.get(clientOrderId);
        if (order == null) {
            return unknown(clientOrderId);
        }
        if (!order.working()) {
            return order.report(null, null, "order is " + order.status() + "; nothing to cancel", clock.instant());
        }
        return publish(order.end(OrderStatus.CANCELED, "cancelled on request", clock.instant()));
    }

    @Override
    public synchronized OrderReport replace(String clientOrderId, BigDecimal quantity, BigDecimal limitPrice,
                                            BigDecimal stopPrice) {
        log(PaperLogEntry.Kind.REPLACE, clientOrderId, "quantity=" + quantity + " limit=" + limitPrice + " stop=" + stopPrice);
        PaperOrder order = orders.get(clientOrderId);
        if (order == null) {
            return unknown(clientOrderId);
        }
        if (!order.working()) {
            return order.report(null, null, "order is " + order.status() + "; it can no longer be changed", clock.instant());
        }
        OrderRequest r = order.request();
        try {
            order.replace(new OrderRequest(r.clientOrderId(), r.symbol(), r.side(), quantity != null ? quantity : r.quantity(),
                    r.type(), r.timeInForce(), limitPrice != null ? limitPrice : r.limitPrice(),
                    stopPrice != null ? stopPrice : r.stopPrice(), r.trailAmount(), r.trailPercent(), r.bracket()));
        } catch (IllegalArgumentException e) {
            return order.report(null, null, "replace refused: " + e.getMessage(), clock.instant());
        }
        OrderReport replaced = publish(order.report(null, null, "replaced", clock.instant()));
        Optional.ofNullable(quotes.get(r.symbol())).ifPresent(q -> tryFill(order, q));
        return order.working() ? replaced : order.report(null, null, null, clock.instant());
    }

    @Override
    public synchronized Optional<OrderReport> orderStatus(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId)).map(o -> o.report(null, null, null, clock.instant()));
    }

    @Override
    public synchronized List<BrokerPosition> positions() {
        return account.positions();
    }

    @Override
    public synchronized AccountBalance account() {
        return account.balance(symbol -> Optional.ofNullable(quotes.get(symbol)).map(Quote::mid).orElse(null));
    }

    @Override
    public synchronized Optional<Quote> quote(String symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }

    @Override
    public void onExecution(Consumer<OrderReport> listener) {
        listeners.add(listener);
    }

    /** The venue's own record of what it received and answered, oldest first. */
    public synchronized List<PaperLogEntry> log() {
        return List.copyOf(log);
    }

    private List<OrderReport> tryFill(PaperOrder order, Quote quote) {
        // slippage applies where the order takes the touch at market (market, stop, trailing); limits fill at the touch
        BigDecimal price = order.fillPrice(quote, slippage);
        if (price == null) {
            return List.of();
        }
        price = price.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
        OrderRequest r = order.request();
        AccountBalance balance = account();
        BigDecimal needed = account.exposureIncrease(r.symbol(), r.side(), r.quantity(), price);
        if (needed.compareTo(balance.buyingPower()) > 0) {
            return List.of(publish(order.end(OrderStatus.REJECTED, "insufficient buying power: needs "
                    + needed.setScale(2, RoundingMode.UP).toPlainString() + ", has "
                    + balance.buyingPower().setScale(2, RoundingMode.DOWN).toPlainString(), clock.instant())));
        }
        account.applyFill(r.symbol(), r.side(), r.quantity(), price);
        List<OrderReport> reports = new ArrayList<>();
        reports.add(publish(order.fill(price, clock.instant())));
        if (order.ocoSibling() != null) {
            PaperOrder sibling = orders.get(order.ocoSibling());
            if (sibling != null && sibling.working()) {
                reports.add(publish(sibling.end(OrderStatus.CANCELED, "one-cancels-other: " + r.clientOrderId()
                        + " filled", clock.instant())));
            }
        }
        if (r.bracket() != null) {
            activateBracket(r);
        }
        return reports;
    }

    /** The entry filled: its take-profit and stop-loss go live, each cancelling the other when it fills. */
    private void activateBracket(OrderRequest entry) {
        BracketRequest b = entry.bracket();
        String tpId = entry.clientOrderId() + ":tp";
        String slId = entry.clientOrderId() + ":sl";
        boolean both = b.takeProfitLimit() != null && b.hasStopLoss();
        if (b.takeProfitLimit() != null) {
            add(new OrderRequest(tpId, entry.symbol(), entry.side().opposite(), entry.quantity(), OrderType.LIMIT,
                    TimeInForce.GTC, b.takeProfitLimit(), null, null, null, null), both ? slId : null);
        }
        if (b.hasStopLoss()) {
            OrderType type = b.stopLossTrailAmount() != null || b.stopLossTrailPercent() != null ? OrderType.TRAILING_STOP
                    : b.stopLossLimit() != null ? OrderType.STOP_LIMIT : OrderType.STOP;
            add(new OrderRequest(slId, entry.symbol(), entry.side().opposite(), entry.quantity(), type, TimeInForce.GTC,
                    b.stopLossLimit(), type == OrderType.TRAILING_STOP ? null : b.stopLossStop(),
                    b.stopLossTrailAmount(), b.stopLossTrailPercent(), null), both ? tpId : null);
        }
    }

    private PaperOrder add(OrderRequest request, String ocoSibling) {
        PaperOrder order = new PaperOrder(request, "paper-" + (++sequence), ocoSibling);
        orders.put(request.clientOrderId(), order);
        return order;
    }

    private OrderReport unknown(String clientOrderId) {
        return new OrderReport(clientOrderId, null, null, null, OrderStatus.REJECTED, null, null, null, null, null,
                "unknown client order id", clock.instant());
    }

    private OrderReport publish(OrderReport report) {
        log(PaperLogEntry.Kind.REPORT, report.clientOrderId(), report.status() + (report.lastPrice() == null ? ""
                : " " + report.lastQuantity().toPlainString() + " @ " + report.lastPrice().toPlainString())
                + (report.reason() == null ? "" : " (" + report.reason() + ")"));
        listeners.forEach(l -> l.accept(report));
        return report;
    }

    private void log(PaperLogEntry.Kind kind, String clientOrderId, String detail) {
        log.add(new PaperLogEntry(clock.instant(), kind, clientOrderId, detail));
    }
}
