package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.trading.api.ApprovalSettingView;
import org.autopilot.trading.api.ApprovalView;
import org.autopilot.trading.api.Approvals;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.application.notify.NotificationCenter;
import org.autopilot.trading.domain.approval.ApprovalRepository;
import org.autopilot.trading.domain.approval.ApprovalRequest;
import org.autopilot.trading.domain.approval.ApprovalSetting;
import org.autopilot.trading.domain.execution.DeliveryStatus;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.SignalDelivery;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.subscription.SubscriptionRepository;

/**
 * Approval mode. The account worker asks {@link #holds} before planning: a delivery of a subscription in approval
 * mode that was not approved yet becomes PENDING_APPROVAL with a request. Approving puts it back in its account's
 * queue in the same transaction; rejecting or expiring ends it as REJECTED with the reason.
 */
@ApplicationScoped
@Transactional
public class ApprovalService implements Approvals {

    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);
    private static final int MAX_ROWS = 200;

    @Inject
    ApprovalRepository approvals;

    @Inject
    ExecutionRepository executions;

    @Inject
    SignalRepository signals;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    AccountQueue queues;

    @Inject
    AuditTrail audit;

    @Inject
    NotificationCenter notifications;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApprovalSettingView setting(UUID subscriptionId) {
        return approvals.setting(subscriptionId)
                .map(s -> new ApprovalSettingView(subscriptionId, s.required(), s.timeout()))
                .orElse(new ApprovalSettingView(subscriptionId, false, DEFAULT_TIMEOUT));
    }

    @Override
    public ApprovalSettingView configure(UUID subscriptionId, boolean required, Duration timeout, String actor) {
        if (subscriptionId == null || subscriptions.byId(subscriptionId).isEmpty()) {
            throw new InvalidSetting("subscription", "no subscription " + subscriptionId);
        }
        ApprovalSettingView before = setting(subscriptionId);
        ApprovalSetting setting = approvals.setting(subscriptionId).orElseGet(() -> {
            ApprovalSetting created = ApprovalSetting.of(subscriptionId);
            created.set(false, DEFAULT_TIMEOUT, actor, Instant.now());
            approvals.add(created);
            return created;
        });
        setting.set(required, timeout, actor, Instant.now());
        ApprovalSettingView after = new ApprovalSettingView(subscriptionId, setting.required(), setting.timeout());
        audit.record(AuditEvent.now(actor, "subscription.approval-mode", "subscription", subscriptionId.toString(),
                required ? "signals wait for approval" : "signals trade without approval", describe(before), describe(after)));
        return after;
    }

    /**
     * Whether the delivery must wait for approval; if so it is now PENDING_APPROVAL with an open request (the caller
     * commits both). An approved delivery passes.
     */
    public boolean holds(SignalDelivery delivery, Instant now) {
        // the setting first (cached): a queued delivery can only have an approved request, so without approval mode
        // there is nothing to look up
        Optional<ApprovalSetting> setting = approvals.setting(delivery.subscriptionId());
        if (setting.isEmpty() || !setting.get().required()) {
            return false;
        }
        Optional<ApprovalRequest> request = approvals.request(delivery.id());
        if (request.isPresent()) {
            return request.get().status() != ApprovalRequest.Status.APPROVED;
        }
        approvals.add(ApprovalRequest.open(delivery.id(), delivery.signalId(), delivery.accountId(), now,
                setting.get().timeout()));
        delivery.awaitApproval("waits for an operator's approval until " + now.plus(setting.get().timeout()) + " (UTC)");
        notifications.approvalPending(delivery.accountId(), delivery.signalId(), now.plus(setting.get().timeout()));
        audit.record(AuditEvent.now(OrderSender.SYSTEM, "approval.requested", "delivery", delivery.id().toString(),
                "subscription " + delivery.subscriptionId() + " is in approval mode"));
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApprovalView> pending() {
        return approvals.pending(MAX_ROWS).stream().map(this::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApprovalView> decided(int limit) {
        return approvals.decided(Math.clamp(limit, 1, MAX_ROWS)).stream().map(this::view).toList();
    }

    @Override
    public ApprovalView approve(UUID deliveryId, String reason, String actor) {
        return decide(deliveryId, true, reason, actor);
    }

    @Override
    public ApprovalView reject(UUID deliveryId, String reason, String actor) {
        return decide(deliveryId, false, reason, actor);
    }

    /** Requests nobody decided in time end as REJECTED deliveries; answers how many. */
    public int expire(Instant now) {
        List<ApprovalRequest> expired = approvals.expiredBefore(now, MAX_ROWS);
        for (ApprovalRequest request : expired) {
            request.expire(now);
            executions.lockDelivery(request.deliveryId()).filter(d -> d.status() == DeliveryStatus.PENDING_APPROVAL)
                    .ifPresent(d -> d.finish(DeliveryStatus.REJECTED, "approval expired: " + request.reason(), now));
            audit.record(AuditEvent.now(OrderSender.SYSTEM, "approval.expired", "delivery",
                    request.deliveryId().toString(), request.reason()));
        }
        return expired.size();
    }

    private ApprovalView decide(UUID deliveryId, boolean approve, String reason, String actor) {
        ApprovalRequest request = (deliveryId == null ? Optional.<ApprovalRequest>empty() : approvals.lockRequest(deliveryId))
                .orElseThrow(() -> new InvalidSetting("delivery", "no signal waits for approval as delivery " + deliveryId));
        SignalDelivery delivery = executions.lockDelivery(deliveryId).orElseThrow();
        Instant now = Instant.now();
        request.decide(approve, actor, reason, now);
        if (approve) {
            delivery.approved(now);
            queues.deliver(delivery.accountId(), delivery.id());
        } else {
            delivery.finish(DeliveryStatus.REJECTED, "approval rejected by " + actor + ": " + request.reason(), now);
        }
        audit.record(AuditEvent.now(actor, approve ? "approval.approved" : "approval.rejected", "delivery",
                deliveryId.toString(), reason, DeliveryStatus.PENDING_APPROVAL.name(), delivery.status().name()));
        return view(request);
    }

    private ApprovalView view(ApprovalRequest r) {
        ReceivedSignal signal = signals.byId(r.signalId()).orElseThrow();
        SignalDelivery delivery = executions.delivery(r.deliveryId()).orElseThrow();
        return new ApprovalView(r.deliveryId(), r.signalId(), signal.strategyId(), delivery.subscriptionId(),
                r.accountId(), signal.ticker(), signal.action(), signal.payload(), r.status().name(), r.requestedAt(),
                r.expiresAt(), r.decidedBy(), r.decidedAt(), r.reason());
    }

    private static String describe(ApprovalSettingView s) {
        return (s.required() ? "approval required" : "no approval") + ", timeout " + s.timeout().toMinutes() + " min";
    }
}
