package org.autopilot.trading.domain.execution;

import org.autopilot.brokers.api.OrderStatus;

/** An order's state as Autopilot knows it: before sending (planned, waiting for its exit) and then the broker's. */
public enum OrderState {
    PLANNED, WAITING, NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED;

    public static OrderState of(OrderStatus status) {
        return status == OrderStatus.UNKNOWN ? NEW : valueOf(status.name());
    }

    public boolean isFinal() {
        return this == FILLED || this == CANCELED || this == REJECTED || this == EXPIRED;
    }

    /** At the broker and not finished: it can still fill, be cancelled or replaced. */
    public boolean isWorking() {
        return this == NEW || this == PARTIALLY_FILLED;
    }
}
