package org.autopilot.trading.infrastructure.persistence;

import static org.hibernate.jpa.HibernateHints.HINT_CACHEABLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.OrderSide;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.trading.api.RiskScope;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.domain.execution.OrderState;
import org.autopilot.trading.domain.risk.PriceBand;
import org.autopilot.trading.domain.risk.RiskLimit;
import org.autopilot.trading.domain.risk.RiskRepository;
import org.autopilot.trading.domain.risk.TradingDay;

/**
 * Risk limits ({@code risk_limit}), price bands ({@code risk_price_band}), trading days ({@code account_trading_day})
 * and the order counts of the checks. A strategy's orders are those of its signals' deliveries.
 */
@ApplicationScoped
public class JpaRiskRepository implements RiskRepository {

    private static final String OF_SCOPE_ACCOUNT = " where o.accountId = :scope";
    private static final String OF_SCOPE_STRATEGY = " where o.deliveryId in (select d.id from SignalDelivery d, "
            + "ReceivedSignal s where d.signalId = s.id and s.strategyId = :scope)";

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    public Optional<RiskLimit> limit(RiskScope scope, String scopeId) {
        return em.createQuery("select l from RiskLimit l where l.scope = :l and l.scopeId = :s", RiskLimit.class)
                .setParameter("l", scope).setParameter("s", scopeId).setHint(HINT_CACHEABLE, true)
                .setFlushMode(FlushModeType.COMMIT).getResultList().stream().findFirst();
    }

    @Override
    public List<RiskLimit> allLimits() {
        return em.createQuery("select l from RiskLimit l order by l.scope, l.scopeId", RiskLimit.class).getResultList();
    }

    @Override
    public void add(RiskLimit limit) {
        em.persist(limit);
    }

    @Override
    public void store(RiskLimit limit) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEdit("risk limits");
        }
    }

    @Override
    public Optional<PriceBand> priceBand(AssetClass assetClass) {
        return Optional.ofNullable(em.find(PriceBand.class, assetClass));
    }

    @Override
    public List<PriceBand> priceBands() {
        return em.createQuery("select b from PriceBand b order by b.assetClass", PriceBand.class).getResultList();
    }

    @Override
    public TradingDay observeEquity(UUID accountId, Instant now, BigDecimal equity) {
        TradingDay.Key key = new TradingDay.Key(accountId, TradingDay.dayOf(now));
        TradingDay day = em.find(TradingDay.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (day == null) {
            day = TradingDay.open(accountId, now, equity);
            em.persist(day);
        } else {
            day.observe(equity);
        }
        return day;
    }

    @Override
    public int openOrders(RiskScope scope, UUID scopeId) {
        return count(scope, scopeId, " and o.status in :working", "working",
                List.of(OrderState.NEW, OrderState.PARTIALLY_FILLED)).getSingleResult().intValue();
    }

    @Override
    public int ordersSentSince(RiskScope scope, UUID scopeId, Instant since) {
        return count(scope, scopeId, " and o.sentAt >= :since", "since", since).getSingleResult().intValue();
    }

    @Override
    public int identicalOrdersSentSince(RiskScope scope, UUID scopeId, String symbol, OrderSide side,
                                        BigDecimal quantity, Instant since) {
        return count(scope, scopeId, " and o.sentAt >= :since and o.symbol = :symbol and o.side = :side"
                + " and o.quantity = :quantity", "since", since)
                .setParameter("symbol", symbol).setParameter("side", side).setParameter("quantity", quantity)
                .getSingleResult().intValue();
    }

    private TypedQuery<Long> count(RiskScope scope, UUID scopeId, String condition, String name, Object value) {
        String jpql = "select count(o) from TradeOrder o"
                + (scope == RiskScope.ACCOUNT ? OF_SCOPE_ACCOUNT : OF_SCOPE_STRATEGY) + condition;
        return em.createQuery(jpql, Long.class).setParameter("scope", scopeId).setParameter(name, value);
    }
}
