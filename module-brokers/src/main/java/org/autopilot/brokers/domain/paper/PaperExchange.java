package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
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
 * A simulated venue for one paper account. Orders fill in full against the latest quote of its
 * {@link QuoteSource}: market orders at the touch plus slippage, limit orders at the touch once it reaches their
 * limit, stops when the touch crosses their stop, trailing stops when the market retreats by their trail from its
 * best level. IOC and FOK orders that cannot fill at once are cancelled; DAY orders expire at
 * {@link #expireDayOrders}; OPG and CLS orders fill at the first quote at or after the open or the close of their
 * instrument's next session (see {@link #auctionReached}), and are rejected for a 24/7 instrument. A filled entry's
 * bracket legs go live together and cancel each other. Every request and report is written to the venue's own log.
 *
 * <p>The venue is restored from a {@link PaperVenueSnapshot} and hands out what changed with
 * {@link #drainChanges()}; after a drain it keeps only its working orders in memory and finds finished ones in its
 * {@link PaperOrderArchive}. Used without draining it is a complete in-memory venue. Input it could not store
 * exactly (a client order id over 64 or a symbol over {@value #MAX_SYMBOL_LENGTH} characters, a number beyond
 * {@value #SCALE} decimals) is refused with an {@link IllegalArgumentException} and records nothing.
 */
public final class PaperExchange implements BrokerGateway {

    /** Decimal places of every stored price, quantity and amount (columns DECIMAL(36, 12)). */
    public static final int SCALE = 12;
    /** Longest symbol the venue stores. */
    public static final int MAX_SYMBOL_LENGTH = 32;

    private static final int MAX_INTEGER_DIGITS = 24;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final PaperAccount account;
    private final BigDecimal slippage;
    private final QuoteSource market;
    private final PaperOrderArchive archive;
    private final Clock clock;
    /** Working orders, and finished ones until the next drain; oldest first. */
    private final Map<String, PaperOrder> orders = new LinkedHashMap<>();
    private final List<PaperLogEntry> log = new ArrayList<>();
    private final List<OrderReport> reports = new ArrayList<>();
    private final List<OrderReport> pushed = new ArrayList<>();
    private final List<Consumer<OrderReport>> listeners = new CopyOnWriteArrayList<>();
    private long sequence;
    /** The order the request being served is about: its reports answer the request, any other report is pushed. */
    private String answering;

    public PaperExchange(PaperVenueSnapshot state, BigDecimal slippageBasisPoints, QuoteSource market,
                         PaperOrderArchive archive, Clock clock) {
        this.account = new PaperAccount(state.currency(), state.cash(), state.realizedPnl(), state.positions());
        this.slippage = slippageBasisPoints.divide(TEN_THOUSAND, 12, RoundingMode.HALF_EVEN);
        this.market = market;
        this.archive = archive;
        this.clock = clock;
        this.sequence = state.orderSequence();
        state.workingOrders().stream().sorted(Comparator.comparingLong(PaperOrderState::sequence))
                .forEach(o -> orders.put(o.request().clientOrderId(), new PaperOrder(o)));
    }

    @Override
    public BrokerCapabilities capabilities() {
        return new BrokerCapabilities(EnumSet.allOf(OrderType.class), EnumSet.allOf(TimeInForce.class), true);
    }

    @Override
    public synchronized OrderReport submit(OrderRequest request) {
        requireStorable(request);
        Optional<PaperOrder> known = find(request.clientOrderId());
        if (known.isPresent()) {
            log(PaperLogEntry.Kind.DUPLICATE_SUBMIT, request.clientOrderId(), "already known; not sent again");
            return known.get().report(null, null, "duplicate client order id; the original order stands", clock.instant());
        }
        log(PaperLogEntry.Kind.SUBMIT, request.clientOrderId(), request.toString());
        answering = request.clientOrderId();
        try {
            PaperOrder order = add(request, null);
            publish(order.report(null, null, null, clock.instant()));
            Optional<Quote> quote = market.latest(request.symbol());
            boolean auction = auction(request);
            boolean immediate = request.timeInForce() == TimeInForce.IOC || request.timeInForce() == TimeInForce.FOK;
            if (auction && market.instrument(request.symbol()).filter(i -> i.sessions().alwaysOpen()).isPresent()) {
                publish(order.end(OrderStatus.REJECTED, request.timeInForce() + " orders trade at an exchange's open or"
                        + " close; " + request.symbol() + " trades 24/7", clock.instant()));
            } else if (quote.isPresent() && !auction) {
                tryFill(order, quote.get());
            } else if (quote.isEmpty() && immediate) {
                publish(order.end(OrderStatus.CANCELED, "no quote: not immediately fillable", clock.instant()));
            }
            if (order.working() && immediate) {
                publish(order.end(OrderStatus.CANCELED, "not immediately fillable", clock.instant()));
            }
            return order.report(null, null, null, clock.instant());
        } finally {
            answering = null;
        }
    }

    /** The market moved to {@code quote}: every working order in the symbol is checked against it, oldest first. */
    public synchronized List<OrderReport> onQuote(Quote quote) {
        List<OrderReport> filled = new ArrayList<>();
        for (PaperOrder order : List.copyOf(orders.values())) {
            if (order.working() && order.request().symbol().equals(quote.symbol()) && auctionReached(order)) {
                filled.addAll(tryFill(order, quote));
            }
        }
        return filled;
    }

    /** Working DAY orders whose instrument's session closed since they were accepted expire. */
    public synchronized List<OrderReport> expireDayOrders(SessionCloses closes) {
        List<OrderReport> expired = new ArrayList<>();
        for (PaperOrder order : List.copyOf(orders.values())) {
            if (order.working() && order.request().timeInForce() == TimeInForce.DAY
                    && closes.expires(order.request().symbol(), order.acceptedAt())) {
                expired.add(publish(order.end(OrderStatus.EXPIRED, "end of day", clock.instant())));
            }
        }
        return expired;
    }

    @Override
    public synchronized OrderReport cancel(String clientOrderId) {
        requireClientOrderId(clientOrderId);
        log(PaperLogEntry.Kind.CANCEL, clientOrderId, "");
        return changeWorking(clientOrderId, "nothing to cancel",
                order -> publish(order.end(OrderStatus.CANCELED, "cancelled on request", clock.instant())));
    }

    @Override
    public synchronized OrderReport replace(String clientOrderId, BigDecimal quantity, BigDecimal limitPrice,
                                            BigDecimal stopPrice) {
        requireClientOrderId(clientOrderId);
        log(PaperLogEntry.Kind.REPLACE, clientOrderId, "quantity=" + quantity + " limit=" + limitPrice + " stop=" + stopPrice);
        return changeWorking(clientOrderId, "it can no longer be changed", order -> {
            OrderRequest r = order.request();
            try {
                OrderRequest replacement = new OrderRequest(r.clientOrderId(), r.symbol(), r.side(),
                        quantity != null ? quantity : r.quantity(), r.type(), r.timeInForce(),
                        limitPrice != null ? limitPrice : r.limitPrice(), stopPrice != null ? stopPrice : r.stopPrice(),
                        r.trailAmount(), r.trailPercent(), r.bracket());
                requireStorable(replacement);
                order.replace(replacement);
            } catch (IllegalArgumentException e) {
                return order.report(null, null, BrokerGateway.REPLACE_REFUSED + ": " + e.getMessage(), clock.instant());
            }
            OrderReport replaced = publish(order.report(null, null, "replaced", clock.instant()));
            market.latest(r.symbol()).ifPresent(q -> tryFill(order, q));
            return order.working() ? replaced : order.report(null, null, null, clock.instant());
        });
    }

    /** Applies {@code change} to a working order; an unknown or finished one is answered with {@code refusal}. */
    private OrderReport changeWorking(String clientOrderId, String refusal, Function<PaperOrder, OrderReport> change) {
        answering = clientOrderId;
        try {
            Optional<PaperOrder> found = find(clientOrderId);
            if (found.isEmpty()) {
                return unknown(clientOrderId);
            }
            PaperOrder order = found.get();
            if (!order.working()) {
                return order.report(null, null, "order is " + order.status() + "; " + refusal, clock.instant());
            }
            return change.apply(order);
        } finally {
            answering = null;
        }
    }

    @Override
    public synchronized Optional<OrderReport> orderStatus(String clientOrderId) {
        return find(clientOrderId).map(o -> o.report(null, null, null, clock.instant()));
    }

    @Override
    public synchronized List<BrokerPosition> positions() {
        return account.positions();
    }

    @Override
    public synchronized AccountBalance account() {
        return account.balance(symbol -> market.latest(symbol).map(Quote::mid).orElse(null));
    }

    @Override
    public Optional<Quote> quote(String symbol) {
        return market.latest(symbol);
    }

    /** In-memory listeners, called synchronously with every report as it is produced. */
    @Override
    public void onExecution(Consumer<OrderReport> listener) {
        listeners.add(listener);
    }

    /**
     * What changed since the last drain, for storage; the venue then counts as unchanged and forgets its finished
     * orders (the caller stores them, the archive answers for them from now on).
     */
    public synchronized PaperVenueChanges drainChanges() {
        List<PaperOrderState> changedOrders = new ArrayList<>();
        for (Iterator<PaperOrder> it = orders.values().iterator(); it.hasNext(); ) {
            PaperOrder order = it.next();
            if (order.changed()) {
                changedOrders.add(order.stored());
            }
            if (!order.working()) {
                it.remove();
            }
        }
        PaperVenueChanges changes = new PaperVenueChanges(account.cash(), account.realizedPnl(), sequence,
                changedOrders, account.drainChangedPositions(), log, reports, pushed);
        log.clear();
        reports.clear();
        pushed.clear();
        return changes;
    }

    private Optional<PaperOrder> find(String clientOrderId) {
        PaperOrder order = orders.get(clientOrderId);
        return order != null ? Optional.of(order) : archive.find(clientOrderId).map(PaperOrder::new);
    }

    private static boolean auction(OrderRequest request) {
        return request.timeInForce() == TimeInForce.OPG || request.timeInForce() == TimeInForce.CLS;
    }

    /**
     * Whether an OPG or CLS order's moment has come: the open (OPG) or the close (CLS) of its instrument's first session
     * after the order was accepted. Without sessions (a symbol that is not a registered instrument) it is the next
     * quote. Every other order may fill at any quote.
     */
    private boolean auctionReached(PaperOrder order) {
        OrderRequest r = order.request();
        if (!auction(r)) {
            return true;
        }
        Optional<Instant> moment = market.instrument(r.symbol()).flatMap(i -> r.timeInForce() == TimeInForce.OPG
                ? i.sessions().nextOpen(order.acceptedAt(), i.exchangeZone())
                : i.sessions().nextClose(order.acceptedAt(), i.exchangeZone()));
        return moment.map(m -> !clock.instant().isBefore(m)).orElse(true);
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
        List<OrderReport> filled = new ArrayList<>();
        filled.add(publish(order.fill(price, clock.instant())));
        if (order.ocoSibling() != null) {
            PaperOrder sibling = orders.get(order.ocoSibling());
            if (sibling != null && sibling.working()) {
                filled.add(publish(sibling.end(OrderStatus.CANCELED, "one-cancels-other: " + r.clientOrderId()
                        + " filled", clock.instant())));
            }
        }
        if (r.bracket() != null) {
            activateBracket(r);
        }
        return filled;
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
        PaperOrder order = new PaperOrder(request, ++sequence, ocoSibling, clock.instant());
        orders.put(request.clientOrderId(), order);
        return order;
    }

    /** The same rule as {@link OrderRequest}'s: an id the venue could never have accepted is refused, not logged. */
    private static void requireClientOrderId(String clientOrderId) {
        if (clientOrderId == null || clientOrderId.isBlank() || clientOrderId.length() > 64) {
            throw new IllegalArgumentException("clientOrderId must be 1-64 characters");
        }
    }

    private static void requireStorable(OrderRequest r) {
        if (r.symbol().length() > MAX_SYMBOL_LENGTH) {
            throw new IllegalArgumentException("symbol must be at most " + MAX_SYMBOL_LENGTH + " characters, got "
                    + r.symbol().length());
        }
        BracketRequest b = r.bracket();
        Stream.concat(Stream.of(r.quantity(), r.limitPrice(), r.stopPrice(), r.trailAmount(), r.trailPercent()),
                        b == null ? Stream.empty() : Stream.of(b.takeProfitLimit(), b.stopLossStop(), b.stopLossLimit(),
                                b.stopLossTrailAmount(), b.stopLossTrailPercent()))
                .filter(v -> v != null)
                .forEach(PaperExchange::requireStorable);
    }

    private static void requireStorable(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > SCALE) {
            throw new IllegalArgumentException(v.toPlainString() + " has more than " + SCALE + " decimals");
        }
        if (v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(v.toPlainString() + " has more than " + MAX_INTEGER_DIGITS
                    + " integer digits");
        }
    }

    private OrderReport unknown(String clientOrderId) {
        return new OrderReport(clientOrderId, null, null, null, OrderStatus.REJECTED, null, null, null, null, null,
                "unknown client order id", clock.instant());
    }

    private OrderReport publish(OrderReport report) {
        log(PaperLogEntry.Kind.REPORT, report.clientOrderId(), report.status() + (report.lastPrice() == null ? ""
                : " " + report.lastQuantity().toPlainString() + " @ " + report.lastPrice().toPlainString())
                + (report.reason() == null ? "" : " (" + report.reason() + ")"));
        reports.add(report);
        if (!report.clientOrderId().equals(answering)) {
            pushed.add(report);
        }
        listeners.forEach(l -> l.accept(report));
        return report;
    }

    private void log(PaperLogEntry.Kind kind, String clientOrderId, String detail) {
        log.add(new PaperLogEntry(clock.instant(), kind, clientOrderId, detail));
    }
}
