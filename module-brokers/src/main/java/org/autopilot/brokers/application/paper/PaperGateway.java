package org.autopilot.brokers.application.paper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.autopilot.brokers.api.AccountBalance;
import org.autopilot.brokers.api.BrokerCapabilities;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.api.OrderRequest;
import org.autopilot.brokers.api.Quote;
import org.autopilot.brokers.domain.paper.PaperExchange;

/**
 * The gateway of one paper account. Every call is a call on the account's durable venue ({@link PaperVenues}); it
 * holds no state of its own, so any number of instances of one account are the same gateway.
 */
final class PaperGateway implements BrokerGateway {

    private final UUID accountId;
    private final PaperVenues venues;
    private final PaperQuotes quotes;

    PaperGateway(UUID accountId, PaperVenues venues, PaperQuotes quotes) {
        this.accountId = accountId;
        this.venues = venues;
        this.quotes = quotes;
    }

    @Override
    public BrokerCapabilities capabilities() {
        return BrokerCapabilities.everything();
    }

    @Override
    public OrderReport submit(OrderRequest request) {
        Objects.requireNonNull(request, "request");
        return venues.call(accountId, venue -> venue.submit(request));
    }

    @Override
    public OrderReport cancel(String clientOrderId) {
        return venues.call(accountId, venue -> venue.cancel(clientOrderId));
    }

    @Override
    public OrderReport replace(String clientOrderId, BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice) {
        return venues.call(accountId, venue -> venue.replace(clientOrderId, quantity, limitPrice, stopPrice));
    }

    @Override
    public Optional<OrderReport> orderStatus(String clientOrderId) {
        return venues.call(accountId, venue -> venue.orderStatus(clientOrderId));
    }

    @Override
    public List<BrokerPosition> positions() {
        return venues.call(accountId, PaperExchange::positions);
    }

    @Override
    public AccountBalance account() {
        return venues.call(accountId, PaperExchange::account);
    }

    @Override
    public Optional<Quote> quote(String symbol) {
        return quotes.latest(symbol);
    }

    /** In-process listeners of the account hear every report of its venue (answers and pushed ones) after commit. */
    @Override
    public void onExecution(Consumer<OrderReport> listener) {
        venues.listen(accountId, Objects.requireNonNull(listener, "listener"));
    }
}
