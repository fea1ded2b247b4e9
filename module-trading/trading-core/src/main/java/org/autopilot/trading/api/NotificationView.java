package org.autopilot.trading.api;

import java.time.Instant;
import java.util.UUID;

/** One notification; {@code link} is a path in /admin (or null), {@code unread} is per reader. */
public record NotificationView(UUID id, Instant createdAt, String kind, NotificationSeverity severity, String title,
                               String detail, String link, boolean unread) {
}
