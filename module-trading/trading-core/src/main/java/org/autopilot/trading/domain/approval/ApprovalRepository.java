package org.autopilot.trading.domain.approval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Approval settings and requests in storage. */
public interface ApprovalRepository {

    Optional<ApprovalSetting> setting(UUID subscriptionId);

    void add(ApprovalSetting setting);

    Optional<ApprovalRequest> request(UUID deliveryId);

    /** The request, locked for update: one decision at a time. */
    Optional<ApprovalRequest> lockRequest(UUID deliveryId);

    void add(ApprovalRequest request);

    /** Pending requests, oldest first. */
    List<ApprovalRequest> pending(int limit);

    /** Decided requests, newest first. */
    List<ApprovalRequest> decided(int limit);

    /** Pending requests whose time ran out before {@code now}. */
    List<ApprovalRequest> expiredBefore(Instant now, int limit);
}
