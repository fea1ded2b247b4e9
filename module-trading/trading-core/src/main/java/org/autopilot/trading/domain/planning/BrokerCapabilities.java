package org.autopilot.trading.domain.planning;

import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import java.util.Set;

/** What the account's broker accepts; the planner falls back or rejects when a resolved value is missing. */
public record BrokerCapabilities(Set<OrderType> orderTypes, Set<TimeInForce> timesInForce, boolean brackets) {

    public BrokerCapabilities {
        orderTypes = Set.copyOf(orderTypes);
        timesInForce = Set.copyOf(timesInForce);
    }

    public static BrokerCapabilities everything() {
        return new BrokerCapabilities(Set.of(OrderType.values()), Set.of(TimeInForce.values()), true);
    }
}
