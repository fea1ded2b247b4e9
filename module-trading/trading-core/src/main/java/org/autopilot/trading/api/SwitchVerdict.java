package org.autopilot.trading.api;

/**
 * What the kill switches allow for one subscription: the most restrictive state over the platform, its broker
 * account, its strategy and itself, and the switch that set it ({@code null} when everything is ACTIVE).
 */
public record SwitchVerdict(TradingState state, KillSwitchView cause) {

    public static final SwitchVerdict ACTIVE = new SwitchVerdict(TradingState.ACTIVE, null);

    /** Whether an order may leave: everything when ACTIVE, reducing orders when REDUCING, nothing when HALTED. */
    public boolean allows(boolean reducing) {
        return state == TradingState.ACTIVE || state == TradingState.REDUCING && reducing;
    }

    /** "broker account kill switch is HALTED (oscar: broker outage)". */
    public String describe() {
        if (cause == null) {
            return "all kill switches are ACTIVE";
        }
        return cause.level().label() + " kill switch is " + state + (state == TradingState.REDUCING ? ": exits only" : "")
                + " (" + cause.changedBy() + ": " + cause.reason() + ")";
    }
}
