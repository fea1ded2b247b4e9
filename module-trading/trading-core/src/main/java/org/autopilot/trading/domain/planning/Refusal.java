package org.autopilot.trading.domain.planning;

/** Raised deep inside planning when an order cannot be built; the planner turns it into {@link OrderPlan.Rejected}. */
final class Refusal extends RuntimeException {

    Refusal(String reason) {
        super(reason, null, false, false);
    }
}
