package org.autopilot.trading.api;

import java.util.List;

/** Reads and sets kill switches. Every change is audited with the state before and after. */
public interface TradingControl {

    /** The platform-wide switch; it always exists. */
    KillSwitchView platform();

    /** Every switch that was set at least once (any other scope is ACTIVE), widest level first. */
    List<KillSwitchView> switches();

    /**
     * Sets the state of a scope. Returns once the change is committed, audited and in force: no order leaves after
     * this returns that was not checked against it.
     *
     * @throws IllegalArgumentException when the scope, the reason or the actor is missing
     */
    KillSwitchView change(SwitchLevel level, String scopeId, TradingState state, String reason, String actor);
}
