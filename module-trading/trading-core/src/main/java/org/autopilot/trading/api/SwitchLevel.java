package org.autopilot.trading.api;

/** The scopes a kill switch can stop, widest first. */
public enum SwitchLevel {
    PLATFORM("platform"), BROKER_ACCOUNT("broker account"), STRATEGY("strategy"), SUBSCRIPTION("subscription");

    private final String label;

    SwitchLevel(String label) {
        this.label = label;
    }

    /** How an operator names the level. */
    public String label() {
        return label;
    }
}
