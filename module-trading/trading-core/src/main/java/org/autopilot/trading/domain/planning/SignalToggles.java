package org.autopilot.trading.domain.planning;

/** Which of the signal's values a subscription uses ("use signal X"); all on by default. */
public record SignalToggles(boolean quantity, boolean orderType, boolean timeInForce, boolean prices,
                            boolean takeProfit, boolean stopLoss) {

    public static final SignalToggles ALL = new SignalToggles(true, true, true, true, true, true);
}
