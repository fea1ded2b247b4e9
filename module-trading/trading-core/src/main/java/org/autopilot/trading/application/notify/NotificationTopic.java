package org.autopilot.trading.application.notify;

import org.autopilot.trading.api.NotificationView;

/** The topic every notification is published on, inside the caller's transaction. */
public interface NotificationTopic {

    void publish(NotificationView notification);
}
