package org.autopilot.admin.web.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.trading.api.NotificationLevel;
import org.autopilot.trading.api.Notifications;

/** The layout's bell: the reader's unread count and in-app level (the page's script filters pushed messages by it). */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    @Inject
    SignedInStaff staff;

    private Long unread;
    private NotificationLevel level;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread(staff.getUsername());
        }
        return unread;
    }

    /** ALL, FAILURES_ONLY or NONE. */
    public String getLevel() {
        if (level == null) {
            level = notifications.preferences(staff.getUsername(), null).inApp();
        }
        return level.name();
    }
}
