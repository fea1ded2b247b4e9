package org.autopilot.trading.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;

/** Reads and changes kill switches through the {@link KillSwitchBoard}; each change commits with its audit event. */
@ApplicationScoped
public class TradingControlService implements TradingControl {

    @Inject
    KillSwitchBoard board;

    @Override
    public KillSwitchView platform() {
        return board.platform();
    }

    @Override
    public List<KillSwitchView> switches() {
        return board.all();
    }

    @Override
    public KillSwitchView change(SwitchLevel level, String scopeId, TradingState state, String reason, String actor) {
        if (level == SwitchLevel.PLATFORM && !KillSwitchBoard.PLATFORM_SCOPE.equals(scopeId)) {
            throw new IllegalArgumentException("the platform switch's scope is \"platform\", not \"" + scopeId + "\"");
        }
        if (scopeId == null || scopeId.isBlank()) {
            throw new IllegalArgumentException("a kill-switch change needs a scope");
        }
        if (state == null) {
            throw new IllegalArgumentException("a kill-switch change needs a state: ACTIVE, REDUCING or HALTED");
        }
        return board.change(level, scopeId, state, reason, actor);
    }
}
