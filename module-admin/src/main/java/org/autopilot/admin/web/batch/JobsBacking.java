package org.autopilot.admin.web.batch;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.reporting.api.AuditChainVerification;
import org.autopilot.reporting.api.AuditVerificationReport;

/** Batch jobs page: start the audit chain verification and read its recent results. */
@Named
@RequestScoped
public class JobsBacking {

    @Inject
    AuditChainVerification verification;

    @Inject
    SignedInStaff staff;

    private List<AuditVerificationReport> reports;

    @PostConstruct
    void load() {
        reports = verification.recentReports(20);
    }

    public void verifyAuditChain() {
        long executionId = verification.start(staff.getUsername());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Audit chain verification started", "Job execution " + executionId + "; refresh to see its result."));
    }

    public List<AuditVerificationReport> getReports() {
        return reports;
    }
}
