package org.autopilot.admin.web.audit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.reporting.api.AuditChainVerification;
import org.autopilot.reporting.api.AuditEntryView;
import org.autopilot.reporting.api.AuditLog;
import org.autopilot.reporting.api.AuditQuery;
import org.autopilot.reporting.api.AuditVerificationReport;

/**
 * The audit trail page: entries filtered by URL parameters (so a search is a bookmark and its export link repeats
 * it exactly), the latest chain verifications, and starting one for those who run batch jobs.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int REPORTS = 3;

    @Inject
    transient AuditLog auditLog;

    @Inject
    transient AuditChainVerification verification;

    @Inject
    transient SignedInStaff staff;

    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;
    private String from;
    private String to;
    private String limit;
    private String exportQuery = "";
    private boolean truncated;
    private transient List<AuditEntryView> entries = List.of();
    private transient List<AuditVerificationReport> reports = List.of();

    /** View action: runs the search the URL describes; bad parameters are reported and show no rows. */
    public void load() {
        reports = verification.recentReports(REPORTS);
        AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId, from, to, limit);
        // the export repeats the filters even when they are bad: it then answers 400 with the same message
        exportQuery = filter.queryString();
        try {
            AuditQuery query = filter.toQuery();
            entries = auditLog.search(query);
            truncated = entries.size() == query.limit();
            limit = Integer.toString(query.limit());
        } catch (IllegalArgumentException e) {
            entries = List.of();
            FacesContext.getCurrentInstance().addMessage("filters", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Cannot search", e.getMessage()));
        }
    }

    /** Puts the filters into the URL: the result is the bookmarkable GET of the same page. */
    public String search() {
        return "index?faces-redirect=true&includeViewParams=true";
    }

    public boolean mayVerify() {
        return staff.has("admin") || staff.has("batch-operator");
    }

    public void verifyChain() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!mayVerify()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not allowed",
                    "Only admins and batch operators start the audit chain verification."));
            return;
        }
        long execution = verification.start(staff.getUsername());
        reports = verification.recentReports(REPORTS);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Audit chain verification started",
                "Job execution " + execution + "; its result appears here when it has finished (refresh)."));
    }

    public List<AuditEntryView> getEntries() {
        return entries;
    }

    public List<AuditVerificationReport> getReports() {
        return reports;
    }

    /** True when the search stopped at its limit: older matches may exist that are not shown. */
    public boolean isTruncated() {
        return truncated;
    }

    public String getExportQuery() {
        return exportQuery;
    }

    public String getTimeFormat() {
        return AuditFilter.TIME_FORMAT;
    }

    /** Blank filters are unset, so that they stay out of the bookmarkable URL. */
    private static String setOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = setOrNull(actor);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = setOrNull(action);
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = setOrNull(subjectType);
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = setOrNull(subjectId);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = setOrNull(from);
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = setOrNull(to);
    }

    public String getLimit() {
        return limit;
    }

    public void setLimit(String limit) {
        this.limit = setOrNull(limit);
    }
}
