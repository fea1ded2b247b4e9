package org.autopilot.trading.domain.signal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.trading.api.WebhookRequestView;

/**
 * One webhook request and the answer it got. The password from the URL is never recorded; the body is kept
 * (it holds no credentials in this contract) so that refused requests can be diagnosed.
 */
@Entity
@Table(name = "webhook_request")
public class WebhookRequestRecord {

    @Id
    private UUID id;

    @Column(name = "strategy_id", nullable = false, updatable = false)
    private String strategyId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    @Column(name = "http_status", nullable = false, updatable = false)
    private int httpStatus;

    @Column(name = "message_code", updatable = false)
    private String messageCode;

    @Column(updatable = false)
    private String reason;

    @Column(name = "signal_id", updatable = false)
    private UUID signalId;

    @Lob
    @Column(updatable = false)
    private String body;

    protected WebhookRequestRecord() {
    }

    public static WebhookRequestRecord of(UUID id, String strategyId, String remoteAddress, int httpStatus,
                                          String messageCode, String reason, UUID signalId, String body, Instant now) {
        WebhookRequestRecord r = new WebhookRequestRecord();
        r.id = id;
        r.strategyId = strategyId.length() > 64 ? strategyId.substring(0, 64) : strategyId;
        r.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
        r.remoteAddress = remoteAddress == null || remoteAddress.length() <= 64 ? remoteAddress
                : remoteAddress.substring(0, 64);
        r.httpStatus = httpStatus;
        r.messageCode = messageCode;
        r.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        r.signalId = signalId;
        r.body = body;
        return r;
    }

    public WebhookRequestView toView() {
        return new WebhookRequestView(id, receivedAt, strategyId, remoteAddress, httpStatus, messageCode, reason, signalId);
    }
}
