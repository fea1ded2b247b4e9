package org.autopilot.trading.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.SwitchVerdict;
import org.autopilot.trading.api.TradingState;

/**
 * The kill switches as every order sees them, and the gate that makes a change effective before the next order
 * leaves. Sending an order holds the gate's read side from the switch check until the broker answered; a change
 * takes the write side, so it waits for sends under way, commits, updates the board, and only then lets orders
 * through again — every order that leaves after a change returned was checked against it. The board lives in this
 * server's memory (the database is read once, then every change goes through here): one server per database.
 */
@ApplicationScoped
public class KillSwitchBoard {

    static final String PLATFORM_SCOPE = "platform";

    @Inject
    KillSwitchStore store;

    /** Fair: a waiting change is not starved by a stream of sends. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
    private final Map<String, KillSwitchView> switches = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /** The most restrictive switch over the subscription's four scopes (any id may be {@code null}: not checked). */
    public SwitchVerdict verdict(UUID accountId, UUID strategyId, UUID subscriptionId) {
        load();
        return Stream.of(key(SwitchLevel.PLATFORM, PLATFORM_SCOPE), key(SwitchLevel.BROKER_ACCOUNT, accountId),
                        key(SwitchLevel.STRATEGY, strategyId), key(SwitchLevel.SUBSCRIPTION, subscriptionId))
                .filter(Objects::nonNull).map(switches::get).filter(Objects::nonNull)
                .filter(s -> s.state() != TradingState.ACTIVE)
                .max(Comparator.comparing(KillSwitchView::state).thenComparing(KillSwitchView::level, Comparator.reverseOrder()))
                .map(s -> new SwitchVerdict(s.state(), s))
                .orElse(SwitchVerdict.ACTIVE);
    }

    /** Runs a send (check and call) so that no switch change commits while it runs. */
    public <T> T guarded(Supplier<T> send) {
        load();
        gate.readLock().lock();
        try {
            return send.get();
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Changes a switch once no send is under way; returns after the change is committed and on the board. */
    public KillSwitchView change(SwitchLevel level, String scopeId, TradingState state, String reason, String actor) {
        if (gate.getReadHoldCount() > 0) {
            throw new IllegalStateException("a kill switch cannot change from inside a guarded send");
        }
        load();
        gate.writeLock().lock();
        try {
            KillSwitchView changed = store.apply(level, scopeId, state, reason, actor);
            switches.put(key(level, scopeId), changed);
            return changed;
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** The state of exactly this scope (ACTIVE when it was never set). */
    public TradingState state(SwitchLevel level, String scopeId) {
        load();
        KillSwitchView view = switches.get(key(level, scopeId));
        return view == null ? TradingState.ACTIVE : view.state();
    }

    public KillSwitchView platform() {
        load();
        return switches.get(key(SwitchLevel.PLATFORM, PLATFORM_SCOPE));
    }

    /** Every switch that was set at least once, widest level first. */
    public List<KillSwitchView> all() {
        load();
        return switches.values().stream().sorted(Comparator.comparing(KillSwitchView::level)
                .thenComparing(KillSwitchView::scopeId)).toList();
    }

    private void load() {
        if (loaded) {
            return;
        }
        gate.writeLock().lock();
        try {
            if (!loaded) {
                store.all().forEach(s -> switches.put(key(s.level(), s.scopeId()), s));
                if (!switches.containsKey(key(SwitchLevel.PLATFORM, PLATFORM_SCOPE))) {
                    throw new IllegalStateException("the platform kill switch row is missing (trading migration V1)");
                }
                loaded = true;
            }
        } finally {
            gate.writeLock().unlock();
        }
    }

    private static String key(SwitchLevel level, Object scopeId) {
        return scopeId == null ? null : level + ":" + scopeId;
    }
}
