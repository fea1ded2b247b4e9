package org.autopilot.trading.domain.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.autopilot.trading.api.NotificationSeverity;

/** Notifications and preferences in storage. */
public interface NotificationRepository {

    void add(Notification notification);

    /** The latest notifications of these severities, newest first. */
    List<Notification> latest(List<NotificationSeverity> severities, int limit);

    long countSince(List<NotificationSeverity> severities, Instant since);

    Optional<NotificationPreference> preference(String username);

    void add(NotificationPreference preference);

    /** Everyone with an e-mail address and an e-mail level other than NONE. */
    List<NotificationPreference> emailRecipients();
}
