package org.autopilot.brokers.domain.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.autopilot.brokers.api.BrokerPosition;

/** A venue's storage in memory, kept the way the JPA repository keeps it: what drains hand over, snapshots from it. */
final class StoredVenue implements PaperOrderArchive {

    private final String currency;
    private BigDecimal cash;
    private BigDecimal realizedPnl;
    private long orderSequence;
    private final Map<String, PaperOrderState> orders = new LinkedHashMap<>();
    private final Map<String, BrokerPosition> positions = new TreeMap<>();
    private final List<PaperLogEntry> log = new ArrayList<>();

    StoredVenue(PaperVenueSnapshot opening) {
        currency = opening.currency();
        cash = opening.cash();
        realizedPnl = opening.realizedPnl();
    }

    void save(PaperVenueChanges changes) {
        cash = changes.cash();
        realizedPnl = changes.realizedPnl();
        orderSequence = changes.orderSequence();
        changes.orders().forEach(o -> orders.put(o.request().clientOrderId(), o));
        for (PaperVenueChanges.ChangedPosition changed : changes.positions()) {
            BrokerPosition p = changed.position();
            // the repository updates a stored position and inserts a new one: the venue must know which is which
            if (changed.stored() != positions.containsKey(p.symbol())) {
                throw new AssertionError("position " + p.symbol() + " said " + (changed.stored() ? "stored" : "new")
                        + " but " + (positions.containsKey(p.symbol()) ? "is stored" : "is not stored"));
            }
            if (p.quantity().signum() == 0) {
                positions.remove(p.symbol());
            } else {
                positions.put(p.symbol(), p);
            }
        }
        log.addAll(changes.log());
    }

    PaperVenueSnapshot snapshot() {
        return new PaperVenueSnapshot(currency, cash, realizedPnl, orderSequence, List.copyOf(positions.values()),
                orders.values().stream().filter(o -> !o.status().isFinal()).toList());
    }

    List<PaperLogEntry> log() {
        return List.copyOf(log);
    }

    @Override
    public Optional<PaperOrderState> find(String clientOrderId) {
        return Optional.ofNullable(orders.get(clientOrderId));
    }
}
