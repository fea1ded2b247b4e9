package org.autopilot.admin.web.notify;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.autopilot.admin.web.forms.FormMessages;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.NotificationLevel;
import org.autopilot.trading.api.NotificationPreferenceView;
import org.autopilot.trading.api.NotificationView;
import org.autopilot.trading.api.Notifications;

/** The reader's notification centre: the latest notifications their in-app level admits, and their preferences. */
@Named
@ViewScoped
public class NotificationCentreBacking implements Serializable {

    private static final int ROWS = 100;

    @Inject
    Notifications notifications;

    @Inject
    SignedInStaff staff;

    private String email;
    private NotificationLevel inApp;
    private NotificationLevel byEmail;

    @PostConstruct
    void load() {
        NotificationPreferenceView preferences = notifications.preferences(staff.getUsername(), null);
        email = preferences.email();
        inApp = preferences.inApp();
        byEmail = preferences.byEmail();
    }

    public List<NotificationView> getLatest() {
        return notifications.latest(staff.getUsername(), ROWS);
    }

    public void markAllRead() {
        notifications.markAllRead(staff.getUsername());
        FormMessages.done(null, "All notifications marked read", null);
    }

    public void save() {
        try {
            notifications.changePreferences(staff.getUsername(), email, inApp, byEmail);
            FormMessages.done(null, "Notification preferences saved", null);
        } catch (InvalidSetting e) {
            FormMessages.refusalAt("preferencesForm:" + e.field(), e.getMessage());
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public NotificationLevel getInApp() {
        return inApp;
    }

    public void setInApp(NotificationLevel inApp) {
        this.inApp = inApp;
    }

    public NotificationLevel getByEmail() {
        return byEmail;
    }

    public void setByEmail(NotificationLevel byEmail) {
        this.byEmail = byEmail;
    }
}
