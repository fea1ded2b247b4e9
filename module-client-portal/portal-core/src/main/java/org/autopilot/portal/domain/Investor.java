package org.autopilot.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.portal.api.InvestorView;

/** A person who invests through the portal. Guarantees a unique, non-blank username and a display name. */
@Entity
@Table(name = "investor")
public class Investor {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Investor() {
    }

    public static Investor register(String username, String displayName, String email, Instant now) {
        if (username == null || username.isBlank() || username.length() > 120) {
            throw new IllegalArgumentException("username must be 1-120 characters");
        }
        Investor i = new Investor();
        i.id = UUID.randomUUID();
        i.username = username;
        i.displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        i.email = email == null || email.isBlank() ? null : email.strip();
        i.registeredAt = now.truncatedTo(ChronoUnit.MICROS); // what the database keeps
        return i;
    }

    public InvestorView toView() {
        return new InvestorView(id, username, displayName, email, registeredAt);
    }
}
