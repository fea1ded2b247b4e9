package org.autopilot.brokers.api;

/** Direction of an order. */
public enum OrderSide {
    BUY, SELL;

    public OrderSide opposite() {
        return this == BUY ? SELL : BUY;
    }
}
