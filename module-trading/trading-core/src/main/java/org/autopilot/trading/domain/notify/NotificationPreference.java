package org.autopilot.trading.domain.notify;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.NotificationLevel;
import org.autopilot.trading.api.NotificationPreferenceView;

/** A staff member's notification choices. Guarantees: e-mail is only chosen with a plausible address. */
@Entity
@Cacheable
@Table(name = "notification_preference")
public class NotificationPreference {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    @Id
    private String username;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "in_app_level", nullable = false)
    private NotificationLevel inApp;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_level", nullable = false)
    private NotificationLevel byEmail;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    /** The defaults: everything in the app, warnings and failures by e-mail (when an address is known). */
    public static NotificationPreference defaults(String username, String email) {
        NotificationPreference p = new NotificationPreference();
        p.username = username;
        p.email = email == null || !EMAIL.matcher(email).matches() ? null : email;
        p.inApp = NotificationLevel.ALL;
        p.byEmail = p.email == null ? NotificationLevel.NONE : NotificationLevel.FAILURES_ONLY;
        return p;
    }

    public void change(String newEmail, NotificationLevel newInApp, NotificationLevel newByEmail) {
        if (newInApp == null || newByEmail == null) {
            throw new InvalidSetting("inApp", "choose ALL, FAILURES_ONLY or NONE for each channel");
        }
        String address = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new InvalidSetting("email", "not an e-mail address: " + address);
        }
        if (address == null && newByEmail != NotificationLevel.NONE) {
            throw new InvalidSetting("email", "e-mail notifications need an address");
        }
        email = address;
        inApp = newInApp;
        byEmail = newByEmail;
    }

    public void readUpTo(Instant now) {
        lastReadAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Instant lastReadAt() {
        return lastReadAt;
    }

    public NotificationLevel inApp() {
        return inApp;
    }

    public NotificationLevel byEmail() {
        return byEmail;
    }

    public String email() {
        return email;
    }

    public NotificationPreferenceView toView() {
        return new NotificationPreferenceView(username, email, inApp, byEmail);
    }
}
