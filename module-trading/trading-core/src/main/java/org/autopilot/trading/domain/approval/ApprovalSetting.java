package org.autopilot.trading.domain.approval;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.trading.api.InvalidSetting;

/** Whether a subscription's signals wait for approval, and for how long at most (1 minute to 1 day). */
@Entity
@Cacheable
@Table(name = "subscription_approval")
public class ApprovalSetting {

    static final Duration SHORTEST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofDays(1);

    @Id
    @Column(name = "subscription_id")
    private UUID subscriptionId;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "timeout_seconds", nullable = false)
    private int timeoutSeconds;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ApprovalSetting() {
    }

    public static ApprovalSetting of(UUID subscriptionId) {
        ApprovalSetting setting = new ApprovalSetting();
        setting.subscriptionId = subscriptionId;
        return setting;
    }

    public void set(boolean approvalRequired, Duration timeout, String actor, Instant now) {
        if (timeout == null || timeout.compareTo(SHORTEST) < 0 || timeout.compareTo(LONGEST) > 0) {
            throw new InvalidSetting("timeout", "an approval waits between 1 minute and 1 day (1440 minutes)");
        }
        required = approvalRequired;
        timeoutSeconds = (int) timeout.toSeconds();
        changedBy = actor;
        changedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean required() {
        return required;
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }
}
