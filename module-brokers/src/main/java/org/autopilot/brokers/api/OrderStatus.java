package org.autopilot.brokers.api;

/** Where an order stands at the broker. {@code UNKNOWN} is never assumed: it is reconciled with the broker. */
public enum OrderStatus {
    NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED, UNKNOWN;

    public boolean isFinal() {
        return this == FILLED || this == CANCELED || this == REJECTED || this == EXPIRED;
    }
}
