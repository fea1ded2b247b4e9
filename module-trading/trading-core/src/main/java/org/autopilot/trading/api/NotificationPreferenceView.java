package org.autopilot.trading.api;

/** A staff member's choice per channel and the address e-mails go to. */
public record NotificationPreferenceView(String username, String email, NotificationLevel inApp,
                                         NotificationLevel byEmail) {
}
