package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.util.List;
import org.autopilot.brokers.api.BrokerPosition;

/**
 * The state a venue is restored from: its money, its open positions, its working orders and the last order
 * sequence it handed out. Finished orders are not part of it; the venue finds them in its {@link PaperOrderArchive}.
 */
public record PaperVenueSnapshot(String currency, BigDecimal cash, BigDecimal realizedPnl, long orderSequence,
                                 List<BrokerPosition> positions, List<PaperOrderState> workingOrders) {

    public PaperVenueSnapshot {
        positions = List.copyOf(positions);
        workingOrders = List.copyOf(workingOrders);
    }

    /** A venue that has just opened: the starting cash, nothing else. */
    public static PaperVenueSnapshot opening(String currency, BigDecimal startingCash) {
        return new PaperVenueSnapshot(currency, startingCash, BigDecimal.ZERO, 0, List.of(), List.of());
    }
}
