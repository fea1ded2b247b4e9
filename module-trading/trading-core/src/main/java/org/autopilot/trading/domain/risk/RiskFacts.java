package org.autopilot.trading.domain.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.autopilot.brokers.api.OrderSide;

/**
 * What the risk check needs to know about one scope (an account, or a strategy across its accounts) at the moment
 * an order is about to leave. Read lazily: a rule without a limit asks nothing.
 */
public interface RiskFacts {

    /** Orders of the scope at the broker and not finished. */
    int openOrders();

    /** Orders of the scope sent at or after {@code since}. */
    int ordersSentSince(Instant since);

    /** Orders of the scope sent at or after {@code since} in the same symbol, side and quantity. */
    int identicalOrdersSentSince(String symbol, OrderSide side, BigDecimal quantity, Instant since);

    /** Signed position in the symbol (account scope). */
    BigDecimal position(String symbol);

    /** Sum of |quantity x price| over the account's open positions. */
    BigDecimal grossExposure();

    /** Equity now minus equity at the start of the trading day (account scope); negative is a loss. */
    BigDecimal dailyPnl();

    /** The last quote's reference price of the symbol (mid, or the side that exists), if there is a quote. */
    Optional<BigDecimal> lastPrice(String symbol);
}
