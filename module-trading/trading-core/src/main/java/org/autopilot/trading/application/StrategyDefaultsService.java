package org.autopilot.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.StrategyDefaults;
import org.autopilot.trading.api.StrategyDefaultsView;
import org.autopilot.trading.domain.defaults.StrategyDefaultsRepository;
import org.autopilot.trading.domain.defaults.StrategyOrderDefaults;

/** Reads and changes strategies' order defaults; every change is audited with the defaults before and after. */
@ApplicationScoped
@Transactional
public class StrategyDefaultsService implements StrategyDefaults {

    @Inject
    StrategyDefaultsRepository defaults;

    @Inject
    WebhookStrategies strategies;

    @Inject
    AuditTrail audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StrategyDefaultsView> of(UUID strategyId) {
        if (strategies.byId(strategyId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(defaults.of(strategyId).map(StrategyOrderDefaults::toView)
                .orElseGet(() -> new StrategyDefaultsView(strategyId, 0, OrderDefaults.none())));
    }

    @Override
    public StrategyDefaultsView change(UUID strategyId, long version, OrderDefaults changed, String actor) {
        StrategyDefaultsView before = of(strategyId)
                .orElseThrow(() -> new IllegalArgumentException("no strategy " + strategyId));
        Optional<StrategyOrderDefaults> stored = defaults.of(strategyId);
        StrategyOrderDefaults current;
        if (stored.isPresent()) {
            current = stored.get();
            current.change(version, changed, Instant.now());
            defaults.store(current);
        } else {
            current = StrategyOrderDefaults.first(strategyId, version, changed, Instant.now());
            if (current.toView().defaults().equals(before.defaults())) {
                return before;
            }
            defaults.add(current);
        }
        StrategyDefaultsView after = current.toView();
        if (!before.defaults().equals(after.defaults())) {
            audit.record(AuditEvent.now(actor, "strategy.order-defaults-changed", "strategy", strategyId.toString(),
                    "order defaults of the strategy", before.defaults().toString(), after.defaults().toString()));
        }
        return after;
    }
}
