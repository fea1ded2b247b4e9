package org.autopilot.trading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingState;

/**
 * The trading state of one scope. Guarantees: every change names who made it and why, and concurrent changes
 * cannot silently overwrite each other (optimistic version check).
 */
@Entity
@Table(name = "kill_switch")
public class KillSwitch {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "switch_level", nullable = false, updatable = false)
    private SwitchLevel level;

    @Column(name = "scope_id", nullable = false, updatable = false)
    private String scopeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TradingState state;

    @Column(nullable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected KillSwitch() {
    }

    /** A switch for a scope that had none, i.e. was ACTIVE. */
    public static KillSwitch forScope(SwitchLevel level, String scopeId) {
        KillSwitch s = new KillSwitch();
        s.id = UUID.randomUUID();
        s.level = level;
        s.scopeId = scopeId;
        s.state = TradingState.ACTIVE;
        s.reason = "initial state";
        s.changedBy = "system";
        s.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return s;
    }

    public void switchTo(TradingState newState, String why, String actor, Instant at) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a kill-switch change needs a reason");
        }
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a kill-switch change needs an actor");
        }
        this.state = newState;
        this.reason = why.strip();
        this.changedBy = actor;
        this.changedAt = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    public KillSwitchView toView() {
        return new KillSwitchView(level, scopeId, state, reason, changedBy, changedAt);
    }
}
