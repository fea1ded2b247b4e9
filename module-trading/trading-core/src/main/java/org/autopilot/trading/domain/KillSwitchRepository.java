package org.autopilot.trading.domain;

import java.util.List;
import java.util.Optional;
import org.autopilot.trading.api.SwitchLevel;

/** Kill switches in storage. */
public interface KillSwitchRepository {

    Optional<KillSwitch> of(SwitchLevel level, String scopeId);

    /** Every switch that was ever set (scopes without a row are ACTIVE). */
    List<KillSwitch> all();

    void add(KillSwitch killSwitch);
}
