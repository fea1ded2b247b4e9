package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.util.List;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.api.OrderReport;

/**
 * What a venue changed since its last drain, to be stored in one transaction: its money and order sequence, the
 * orders that changed (new ones included), the positions that changed (quantity zero = closed), the new lines of
 * its own log, and the reports it produced — all of them in order, and separately those it {@code pushed}: the
 * reports that did not answer the request being served (price-triggered fills, expiries, one-cancels-other).
 */
public record PaperVenueChanges(BigDecimal cash, BigDecimal realizedPnl, long orderSequence,
                                List<PaperOrderState> orders, List<ChangedPosition> positions, List<PaperLogEntry> log,
                                List<OrderReport> reports, List<OrderReport> pushed) {

    /** A changed position, and whether the venue had stored it before (else it is new: nothing to update). */
    public record ChangedPosition(BrokerPosition position, boolean stored) {
    }

    public PaperVenueChanges {
        orders = List.copyOf(orders);
        positions = List.copyOf(positions);
        log = List.copyOf(log);
        reports = List.copyOf(reports);
        pushed = List.copyOf(pushed);
    }

    /** Nothing to store: money only moves with an order change, so orders, positions and log say it all. */
    public boolean isEmpty() {
        return orders.isEmpty() && positions.isEmpty() && log.isEmpty();
    }
}
