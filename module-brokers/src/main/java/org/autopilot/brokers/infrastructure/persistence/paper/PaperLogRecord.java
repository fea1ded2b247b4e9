package org.autopilot.brokers.infrastructure.persistence.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.brokers.domain.paper.PaperLogEntry;

/** One line of a paper venue's own log (row of {@code paper_log}); written once, never changed. */
@Entity
@Table(name = "paper_log")
class PaperLogRecord {

    /** Venue and place in its log. */
    @Embeddable
    record Key(@Column(name = "account_id") UUID accountId, @Column(name = "sequence_no") long sequenceNo)
            implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaperLogEntry.Kind kind;

    @Column(name = "client_order_id", nullable = false, updatable = false)
    private String clientOrderId;

    @Column(nullable = false, updatable = false)
    private String detail;

    protected PaperLogRecord() {
    }

    PaperLogRecord(Key key, PaperLogEntry entry) {
        this.id = key;
        this.loggedAt = entry.time().truncatedTo(ChronoUnit.MICROS);
        this.kind = entry.kind();
        this.clientOrderId = entry.clientOrderId();
        this.detail = entry.detail();
    }

    PaperLogEntry toEntry() {
        return new PaperLogEntry(loggedAt, kind, clientOrderId, detail);
    }
}
