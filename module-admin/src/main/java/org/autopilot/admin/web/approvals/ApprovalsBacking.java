package org.autopilot.admin.web.approvals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.autopilot.admin.web.forms.FormMessages;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.trading.api.ApprovalView;
import org.autopilot.trading.api.Approvals;
import org.autopilot.trading.api.InvalidSetting;

/**
 * The pending approvals (refreshed by the page every few seconds) and the last decisions. Approving needs no
 * reason; rejecting does. A decision someone else made first is refused with who made it.
 */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final String FORM = "approvalsForm";

    @Inject
    Approvals approvals;

    @Inject
    SignedInStaff staff;

    private String deliveryId;
    private String reason;

    public List<ApprovalView> getPending() {
        return approvals.pending();
    }

    public List<ApprovalView> getDecided() {
        return approvals.decided(30);
    }

    public void approve(ApprovalView approval) {
        decide(approval.deliveryId(), true, "approved in the approval queue");
    }

    public void prepareReject(ApprovalView approval) {
        deliveryId = approval.deliveryId().toString();
        reason = null;
    }

    public void reject() {
        decide(UUID.fromString(deliveryId), false, reason);
    }

    private void decide(UUID delivery, boolean approve, String why) {
        try {
            ApprovalView decided = approve ? approvals.approve(delivery, why, staff.getUsername())
                    : approvals.reject(delivery, why, staff.getUsername());
            FormMessages.done(null, decided.ticker() + " " + decided.action() + (approve ? " approved: it trades now"
                    : " rejected"), null);
        } catch (InvalidSetting e) {
            FormMessages.refusalAt(approve ? FORM : "rejectForm:reason", e.getMessage());
        }
    }

    /** "4 min 10 s left" until the request expires. */
    public String timeLeft(ApprovalView approval) {
        Duration left = Duration.between(Instant.now(), approval.expiresAt());
        return left.isNegative() ? "expiring" : left.toMinutes() + " min " + left.toSecondsPart() + " s left";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
