package org.autopilot.trading.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingState;
import org.autopilot.trading.application.notify.NotificationCenter;
import org.autopilot.trading.domain.KillSwitch;
import org.autopilot.trading.domain.KillSwitchRepository;

/** Kill switches in storage, each change committed with its audit event in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class KillSwitchStore {

    @Inject
    KillSwitchRepository switches;

    @Inject
    AuditTrail audit;

    @Inject
    NotificationCenter notifications;

    public List<KillSwitchView> all() {
        return switches.all().stream().map(KillSwitch::toView).toList();
    }

    /** Sets the scope's state and commits before returning. */
    public KillSwitchView apply(SwitchLevel level, String scopeId, TradingState state, String reason, String actor) {
        KillSwitch killSwitch = switches.of(level, scopeId).orElseGet(() -> {
            KillSwitch created = KillSwitch.forScope(level, scopeId);
            switches.add(created);
            return created;
        });
        KillSwitchView before = killSwitch.toView();
        Instant now = Instant.now();
        killSwitch.switchTo(state, reason, actor, now);
        audit.record(new AuditEvent(UUID.randomUUID(), now, actor, "kill-switch.changed", "kill-switch",
                level + ":" + scopeId, reason, before.state().name(), state.name()));
        notifications.switchChanged(killSwitch.toView());
        return killSwitch.toView();
    }
}
