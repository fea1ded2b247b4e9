package org.autopilot.trading.api;

import java.util.List;

/**
 * The notification centre of each staff member. Notifications are pushed live to the signed-in staff's browsers
 * (each shows what its reader's in-app level admits) and e-mailed to those whose e-mail level admits them.
 */
public interface Notifications {

    /** The latest notifications the person's in-app level admits, newest first, with what is unread for them. */
    List<NotificationView> latest(String username, int limit);

    long unread(String username);

    /** Everything up to now counts as read for the person. */
    void markAllRead(String username);

    /**
     * The person's preferences, created on the first call: ALL in the app and FAILURES_ONLY by e-mail, at the address
     * their sign-in carries ({@code knownEmail}, may be null). Called at every sign-in, so the e-mail channel knows
     * everyone who has used the platform.
     */
    NotificationPreferenceView preferences(String username, String knownEmail);

    /** @throws InvalidSetting when an e-mail level other than NONE has no valid address */
    NotificationPreferenceView changePreferences(String username, String email, NotificationLevel inApp,
                                                 NotificationLevel byEmail);
}
