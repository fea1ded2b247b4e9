package org.autopilot.trading.domain.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.trading.api.RiskScope;

/** Risk limits, price bands, trading days and the order counts the checks need, in storage. */
public interface RiskRepository {

    Optional<RiskLimit> limit(RiskScope scope, String scopeId);

    List<RiskLimit> allLimits();

    void add(RiskLimit limit);

    /** Writes the limit's change now; a concurrent change of the same limits fails as a stale edit. */
    void store(RiskLimit limit);

    Optional<PriceBand> priceBand(AssetClass assetClass);

    List<PriceBand> priceBands();

    /**
     * The account's trading day after observing {@code equity} now: opened with it if this is the first look that
     * day, its peak raised if it is higher.
     */
    TradingDay observeEquity(UUID accountId, Instant now, BigDecimal equity);

    /** Orders at the broker and not finished, of the account or (strategy scope) of the strategy's deliveries. */
    int openOrders(RiskScope scope, UUID scopeId);

    int ordersSentSince(RiskScope scope, UUID scopeId, Instant since);

    int identicalOrdersSentSince(RiskScope scope, UUID scopeId, String symbol, OrderSide side, BigDecimal quantity,
                                 Instant since);
}
