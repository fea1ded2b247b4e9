package org.autopilot.trading.domain;

import java.util.Optional;
import org.autopilot.trading.api.SwitchLevel;

/** Kill switches in storage. */
public interface KillSwitchRepository {

    Optional<KillSwitch> of(SwitchLevel level, String scopeId);

    void add(KillSwitch killSwitch);
}
