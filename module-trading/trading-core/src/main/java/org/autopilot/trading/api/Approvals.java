package org.autopilot.trading.api;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Approval mode: a subscription's signals wait for an operator, who approves (the signal is planned then, with the
 * market as it is then) or rejects it; nobody deciding within the subscription's timeout expires it. Every
 * setting and decision is audited.
 */
public interface Approvals {

    /** Whether the subscription waits for approval, and for how long (default: off, 15 minutes). */
    ApprovalSettingView setting(UUID subscriptionId);

    /** @throws InvalidSetting when the subscription is unknown or the timeout is not 1 minute to 1 day */
    ApprovalSettingView configure(UUID subscriptionId, boolean required, Duration timeout, String actor);

    /** What waits now, oldest first. */
    List<ApprovalView> pending();

    /** Decided or expired, newest first. */
    List<ApprovalView> decided(int limit);

    /** @throws InvalidSetting when nothing waits for this delivery any more */
    ApprovalView approve(UUID deliveryId, String reason, String actor);

    /** @throws InvalidSetting when nothing waits for this delivery any more, or the reason is missing */
    ApprovalView reject(UUID deliveryId, String reason, String actor);
}
