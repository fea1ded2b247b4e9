package org.autopilot.trading.domain.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A signal's fan-out committed, with how many deliveries it queued: a signal without a mark still needs one. */
@Entity
@Table(name = "signal_fan_out")
public class SignalFanOutMark {

    @Id
    @Column(name = "signal_id")
    private UUID signalId;

    @Column(name = "fanned_out_at", nullable = false, updatable = false)
    private Instant fannedOutAt;

    @Column(nullable = false, updatable = false)
    private int deliveries;

    protected SignalFanOutMark() {
    }

    public SignalFanOutMark(UUID signalId, int deliveries, Instant now) {
        this.signalId = signalId;
        this.deliveries = deliveries;
        this.fannedOutAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID signalId() {
        return signalId;
    }
}
