package org.autopilot.trading.infrastructure.jms;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.trading.api.NotificationSeverity;
import org.autopilot.trading.api.NotificationView;

/**
 * The JMS form of a notification on the {@code autopilot.notifications} topic (a map message) and back. The admin
 * web app reads the same keys to push it to browsers.
 */
public final class NotificationMessages {

    public static final String TOPIC = "java:/jms/autopilot/notifications";

    private NotificationMessages() {
    }

    static void write(NotificationView n, MapMessage message) throws JMSException {
        message.setString("id", n.id().toString());
        message.setLong("createdAt", n.createdAt().toEpochMilli());
        message.setString("kind", n.kind());
        message.setString("severity", n.severity().name());
        message.setString("title", n.title());
        message.setString("detail", n.detail());
        message.setString("link", n.link());
    }

    public static NotificationView read(MapMessage message) throws JMSException {
        return new NotificationView(UUID.fromString(message.getString("id")),
                Instant.ofEpochMilli(message.getLong("createdAt")), message.getString("kind"),
                NotificationSeverity.valueOf(message.getString("severity")), message.getString("title"),
                message.getString("detail"), message.getString("link"), true);
    }
}
