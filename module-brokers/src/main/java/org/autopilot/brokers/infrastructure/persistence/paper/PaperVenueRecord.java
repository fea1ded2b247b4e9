package org.autopilot.brokers.infrastructure.persistence.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.domain.paper.PaperOrderState;
import org.autopilot.brokers.domain.paper.PaperVenueChanges;
import org.autopilot.brokers.domain.paper.PaperVenueSnapshot;

/** A paper venue's money, its sequences and its revision (row of {@code paper_venue}). */
@Entity
@Table(name = "paper_venue")
class PaperVenueRecord {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, precision = 36, scale = 12)
    private BigDecimal cash;

    @Column(name = "realized_pnl", nullable = false, precision = 36, scale = 12)
    private BigDecimal realizedPnl;

    @Column(name = "order_sequence", nullable = false)
    private long orderSequence;

    @Column(name = "log_sequence", nullable = false)
    private long logSequence;

    @Column(nullable = false)
    private long revision;

    protected PaperVenueRecord() {
    }

    static PaperVenueRecord open(UUID accountId, PaperVenueSnapshot opening) {
        PaperVenueRecord r = new PaperVenueRecord();
        r.accountId = accountId;
        r.currency = opening.currency();
        r.cash = Decimals.column(opening.cash());
        r.realizedPnl = Decimals.column(opening.realizedPnl());
        r.orderSequence = opening.orderSequence();
        return r;
    }

    long revision() {
        return revision;
    }

    /** The number of the last order stored: every order numbered above it is new since. */
    long orderSequence() {
        return orderSequence;
    }

    /** Takes the changed money and sequence; the venue is one revision further. */
    long apply(PaperVenueChanges changes) {
        cash = Decimals.column(changes.cash());
        realizedPnl = Decimals.column(changes.realizedPnl());
        orderSequence = changes.orderSequence();
        return ++revision;
    }

    long nextLogSequence() {
        return ++logSequence;
    }

    PaperVenueSnapshot snapshot(List<BrokerPosition> positions, List<PaperOrderState> workingOrders) {
        return new PaperVenueSnapshot(currency, Decimals.value(cash), Decimals.value(realizedPnl), orderSequence,
                positions, workingOrders);
    }
}
