package org.autopilot.trading.domain.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.trading.api.NotificationSeverity;
import org.autopilot.trading.api.NotificationView;

/** Something operators are told about; written once, never changed. */
@Entity
@Table(name = "notification")
public class Notification {

    private static final int MAX_TITLE = 200;
    private static final int MAX_DETAIL = 1000;

    @Id
    private UUID id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationSeverity severity;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String detail;

    @Column(updatable = false)
    private String link;

    protected Notification() {
    }

    public static Notification of(String kind, NotificationSeverity severity, String title, String detail, String link,
                                  Instant now) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        n.kind = kind;
        n.severity = severity;
        n.title = cut(title, MAX_TITLE);
        n.detail = detail == null ? null : cut(detail, MAX_DETAIL);
        n.link = link;
        return n;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    public NotificationSeverity severity() {
        return severity;
    }

    public NotificationView toView(Instant readUpTo) {
        return new NotificationView(id, createdAt, kind, severity, title, detail, link,
                readUpTo == null || createdAt.isAfter(readUpTo));
    }
}
