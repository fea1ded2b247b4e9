package org.autopilot.trading.domain.planning;

import java.util.List;

/** The outcome of planning one signal for one subscription. */
public sealed interface OrderPlan {

    /** Cancel the ticker's open orders first (when asked), then send the orders in sequence. */
    record Orders(boolean cancelOpenOrders, List<PlannedOrder> orders) implements OrderPlan {
        public Orders {
            orders = List.copyOf(orders);
        }
    }

    /** The signal asks for something this subscription must not do; nothing is sent. */
    record Rejected(String reason) implements OrderPlan {
    }

    /** The signal does not apply now (outside a window, nothing to reduce); nothing is sent. */
    record Ignored(String reason) implements OrderPlan {
    }
}
