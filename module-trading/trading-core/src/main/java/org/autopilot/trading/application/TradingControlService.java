package org.autopilot.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;
import org.autopilot.trading.domain.KillSwitch;
import org.autopilot.trading.domain.KillSwitchRepository;

/** Reads and changes kill switches; each change and its audit event commit together. */
@ApplicationScoped
@Transactional
public class TradingControlService implements TradingControl {

    static final String PLATFORM_SCOPE = "platform";

    @Inject
    KillSwitchRepository switches;

    @Inject
    AuditTrail audit;

    @Override
    public KillSwitchView platform() {
        return switches.of(SwitchLevel.PLATFORM, PLATFORM_SCOPE)
                .orElseThrow(() -> new IllegalStateException("the platform kill switch row is missing (migration V1)"))
                .toView();
    }

    @Override
    public KillSwitchView change(SwitchLevel level, String scopeId, TradingState state, String reason, String actor) {
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
        return killSwitch.toView();
    }
}
