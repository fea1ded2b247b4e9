package org.autopilot.trading.api;

import java.util.List;

/** What a flatten did: accounts touched, orders cancelled, positions closed, and each account that failed and why. */
public record FlattenResult(int accounts, int ordersCancelled, int positionsClosed, List<String> failures) {

    public String describe() {
        return ordersCancelled + " order(s) cancelled and " + positionsClosed + " position(s) closed on " + accounts
                + " account(s)" + (failures.isEmpty() ? "" : "; " + failures.size() + " failed: " + String.join("; ", failures));
    }
}
