package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.FlattenResult;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.Interventions;
import org.autopilot.trading.api.OrderView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.TradeOrder;
import org.autopilot.trading.domain.subscription.Subscription;
import org.autopilot.trading.domain.subscription.SubscriptionRepository;

/**
 * An operator's interventions. A flatten halts the scope first, then works account by account through
 * {@link AccountActions} (each account commits on its own). No transaction of its own: each action commits in
 * {@link AccountActions}, and what it answers is read afterwards (an enclosing transaction's snapshot would not see
 * it on MySQL's REPEATABLE READ).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class InterventionService implements Interventions {

    private static final Logger LOG = Logger.getLogger(InterventionService.class.getName());

    @Inject
    AccountActions actions;

    @Inject
    TradingControl control;

    @Inject
    BrokerAccounts accounts;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    ExecutionRepository executions;

    @Inject
    ExecutionLog log;

    @Inject
    AuditTrail audit;

    /** One account's share of a flatten: which orders ({@code null}: all) and symbols ({@code null}: all). */
    private record Target(List<UUID> orders, Set<String> symbols) {
    }

    @Override
    public FlattenResult flatten(SwitchLevel level, String scopeId, String reason, String actor) {
        requireReason(reason);
        Map<UUID, Target> targets = targets(level, scopeId);
        if (control.switches().stream().noneMatch(s -> s.level() == level && s.scopeId().equals(scopeId)
                && s.state() == TradingState.HALTED)) {
            control.change(level, scopeId, TradingState.HALTED, "flatten: " + reason, actor);
        }
        int cancelled = 0;
        int closed = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<UUID, Target> target : targets.entrySet()) {
            try {
                AccountActions.Flattened done = actions.flatten(target.getKey(), target.getValue().orders(),
                        target.getValue().symbols(), reason, actor);
                cancelled += done.cancelled();
                closed += done.closed();
            } catch (Exception e) { // a failed commit too
                LOG.log(Level.WARNING, "flatten of account " + target.getKey() + " failed", e);
                failures.add("account " + target.getKey() + ": " + e.getMessage());
            }
        }
        FlattenResult result = new FlattenResult(targets.size(), cancelled, closed, List.copyOf(failures));
        audit.record(AuditEvent.now(actor, "flatten", "kill-switch", level + ":" + scopeId, reason, null,
                result.describe()));
        return result;
    }

    @Override
    public OrderView cancelOrder(UUID orderId, String reason, String actor) {
        requireReason(reason);
        return log.order(actions.cancel(orderId, reason, actor)).orElseThrow();
    }

    @Override
    public OrderView modifyOrder(UUID orderId, BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice,
                                 String reason, String actor) {
        requireReason(reason);
        return log.order(actions.modify(orderId, quantity, limitPrice, stopPrice, reason, actor)).orElseThrow();
    }

    @Override
    public OrderView closePosition(UUID accountId, String symbol, BigDecimal quantity, String reason, String actor) {
        requireReason(reason);
        if (accounts.byId(accountId).isEmpty()) {
            throw new InvalidSetting("accountId", "no broker account " + accountId);
        }
        return log.order(actions.close(accountId, symbol, quantity, reason, actor)).orElseThrow();
    }

    private Map<UUID, Target> targets(SwitchLevel level, String scopeId) {
        Map<UUID, Target> targets = new LinkedHashMap<>();
        switch (level) {
            case PLATFORM -> accounts.all().forEach(a -> targets.put(a.id(), new Target(null, null)));
            case BROKER_ACCOUNT -> {
                BrokerAccountView account = accounts.byId(uuid(scopeId))
                        .orElseThrow(() -> new InvalidSetting("scopeId", "no broker account " + scopeId));
                targets.put(account.id(), new Target(null, null));
            }
            case STRATEGY -> subscriptions.ofStrategy(uuid(scopeId)).forEach(s -> add(targets, s));
            case SUBSCRIPTION -> add(targets, subscriptions.byId(uuid(scopeId))
                    .orElseThrow(() -> new InvalidSetting("scopeId", "no subscription " + scopeId)));
        }
        return targets;
    }

    private void add(Map<UUID, Target> targets, Subscription subscription) {
        UUID id = subscription.toView().id();
        Target target = targets.computeIfAbsent(subscription.toView().accountId(),
                a -> new Target(new ArrayList<>(), new HashSet<>()));
        executions.workingOrdersOfSubscription(id).stream().map(TradeOrder::id).forEach(target.orders()::add);
        target.symbols().addAll(executions.symbolsOfSubscription(id));
    }

    private static UUID uuid(String scopeId) {
        try {
            return UUID.fromString(scopeId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidSetting("scopeId", "not an id: " + scopeId);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidSetting("reason", "say why: every intervention is audited with its reason");
        }
    }
}
