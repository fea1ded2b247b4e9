package org.autopilot.trading.api;

/** Reads and sets kill switches. Every change is audited with the state before and after. */
public interface TradingControl {

    /** The platform-wide switch; it always exists. */
    KillSwitchView platform();

    /**
     * Sets the state of a scope.
     *
     * @throws IllegalArgumentException when the reason or the actor is blank
     */
    KillSwitchView change(SwitchLevel level, String scopeId, TradingState state, String reason, String actor);
}
