package org.autopilot.brokers.api;

import java.util.Set;

/** What a broker accepts: order types, times in force, bracket orders (planning falls back or rejects on a gap). */
public record BrokerCapabilities(Set<OrderType> orderTypes, Set<TimeInForce> timesInForce, boolean brackets) {

    public BrokerCapabilities {
        orderTypes = Set.copyOf(orderTypes);
        timesInForce = Set.copyOf(timesInForce);
    }

    public static BrokerCapabilities everything() {
        return new BrokerCapabilities(Set.of(OrderType.values()), Set.of(TimeInForce.values()), true);
    }
}
