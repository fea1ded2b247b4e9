package org.autopilot.trading.domain.signal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A signal that was accepted: stored before its sender gets the 200, never changed afterwards. An idempotency key,
 * when the sender gave one, is unique per strategy, so a retried request can never become a second signal.
 */
@Entity
@Table(name = "received_signal")
public class ReceivedSignal {

    /** Where a signal came from. */
    public enum Source { WEBHOOK, MANUAL, INDICATOR }

    @Id
    private UUID id;

    @Column(name = "strategy_id", nullable = false, updatable = false)
    private UUID strategyId;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private String ticker;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "log_id", nullable = false, updatable = false)
    private UUID logId;

    @Lob
    @Column(nullable = false, updatable = false)
    private String payload;

    /** The operator who entered a manual signal; null for webhooks and indicators. */
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;

    protected ReceivedSignal() {
    }

    public static ReceivedSignal accept(UUID strategyId, Source source, String ticker, String action,
                                        String idempotencyKey, UUID logId, String payload, Instant now) {
        ReceivedSignal s = new ReceivedSignal();
        s.id = UUID.randomUUID();
        s.strategyId = strategyId;
        s.source = source.name();
        s.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
        s.ticker = ticker;
        s.action = action;
        s.idempotencyKey = idempotencyKey;
        s.logId = logId;
        s.payload = payload;
        return s;
    }

    /** A signal an operator entered by hand: same rules and processing as a webhook's, marked with who. */
    public static ReceivedSignal manual(UUID strategyId, String ticker, String action, String idempotencyKey,
                                        UUID logId, String payload, String operator, Instant now) {
        ReceivedSignal s = accept(strategyId, Source.MANUAL, ticker, action, idempotencyKey, logId, payload, now);
        s.submittedBy = operator;
        return s;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID strategyId() {
        return strategyId;
    }

    public Source source() {
        return Source.valueOf(source);
    }

    public String ticker() {
        return ticker;
    }

    public String action() {
        return action;
    }

    /** The sender's idempotency key, or null. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public UUID logId() {
        return logId;
    }

    /** The normalized payload as JSON text. */
    public String payload() {
        return payload;
    }
}
