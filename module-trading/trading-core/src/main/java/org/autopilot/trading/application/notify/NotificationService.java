package org.autopilot.trading.application.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.autopilot.trading.api.NotificationLevel;
import org.autopilot.trading.api.NotificationPreferenceView;
import org.autopilot.trading.api.NotificationSeverity;
import org.autopilot.trading.api.NotificationView;
import org.autopilot.trading.api.Notifications;
import org.autopilot.trading.domain.notify.NotificationPreference;
import org.autopilot.trading.domain.notify.NotificationRepository;

/** Each staff member's notification centre and preferences. */
@ApplicationScoped
@Transactional
public class NotificationService implements Notifications {

    private static final int MAX_ROWS = 200;

    @Inject
    NotificationRepository notifications;

    @Override
    public List<NotificationView> latest(String username, int limit) {
        NotificationPreference preference = preference(username, null);
        List<NotificationSeverity> admitted = admitted(preference.inApp());
        if (admitted.isEmpty()) {
            return List.of();
        }
        return notifications.latest(admitted, Math.clamp(limit, 1, MAX_ROWS)).stream()
                .map(n -> n.toView(preference.lastReadAt())).toList();
    }

    @Override
    public long unread(String username) {
        NotificationPreference preference = preference(username, null);
        List<NotificationSeverity> admitted = admitted(preference.inApp());
        return admitted.isEmpty() ? 0 : notifications.countSince(admitted,
                preference.lastReadAt() == null ? Instant.EPOCH : preference.lastReadAt());
    }

    @Override
    public void markAllRead(String username) {
        preference(username, null).readUpTo(Instant.now());
    }

    @Override
    public NotificationPreferenceView preferences(String username, String knownEmail) {
        return preference(username, knownEmail).toView();
    }

    @Override
    public NotificationPreferenceView changePreferences(String username, String email, NotificationLevel inApp,
                                                        NotificationLevel byEmail) {
        NotificationPreference preference = preference(username, email);
        preference.change(email, inApp, byEmail);
        return preference.toView();
    }

    private NotificationPreference preference(String username, String knownEmail) {
        return notifications.preference(username).orElseGet(() -> {
            NotificationPreference created = NotificationPreference.defaults(username, knownEmail);
            notifications.add(created);
            return created;
        });
    }

    private static List<NotificationSeverity> admitted(NotificationLevel level) {
        return Arrays.stream(NotificationSeverity.values()).filter(level::admits).toList();
    }
}
