package org.autopilot.brokers.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The contract every broker adapter implements (paper simulator, FIX, Alpaca, ...), one instance per broker
 * account. Submitting is idempotent on the client order id; an answer that does not arrive is reconciled with
 * {@link #orderStatus}, never assumed.
 */
public interface BrokerGateway {

    BrokerCapabilities capabilities();

    /** Sends an order; an order with a client order id the broker already knows is not sent again. */
    OrderReport submit(OrderRequest request);

    OrderReport cancel(String clientOrderId);

    /** How the reason of a refused replacement begins; the order stays as it was. */
    String REPLACE_REFUSED = "replace refused";

    /**
     * Changes quantity and/or prices of a working order (null = unchanged). A refusal answers the order unchanged
     * with a reason that begins with {@link #REPLACE_REFUSED}.
     */
    OrderReport replace(String clientOrderId, BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice);

    Optional<OrderReport> orderStatus(String clientOrderId);

    List<BrokerPosition> positions();

    AccountBalance account();

    Optional<Quote> quote(String symbol);

    /** Registers a listener for every execution report the broker pushes (fills, cancels, expiries). */
    void onExecution(Consumer<OrderReport> listener);
}
