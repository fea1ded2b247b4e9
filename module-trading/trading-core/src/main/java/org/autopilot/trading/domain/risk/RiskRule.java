package org.autopilot.trading.domain.risk;

/** The pre-trade checks, in the order they run; each names what it limits as an operator reads it. */
public enum RiskRule {
    MAX_ORDER_QUANTITY("max order quantity"),
    MAX_ORDER_NOTIONAL("max order notional"),
    PRICE_BAND("price band against the last quote (%)"),
    MAX_POSITION("max position per instrument"),
    MAX_GROSS_EXPOSURE("max gross exposure"),
    MAX_OPEN_ORDERS("max open orders"),
    MAX_ORDERS_PER_MINUTE("max orders per minute"),
    DUPLICATE_ORDER("duplicate order within (s)"),
    MAX_DAILY_LOSS("max daily loss");

    private final String label;

    RiskRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rules that only an account can carry: positions, exposure and equity belong to the account, not a strategy. */
    public boolean accountOnly() {
        return this == MAX_POSITION || this == MAX_GROSS_EXPOSURE || this == MAX_DAILY_LOSS;
    }
}
