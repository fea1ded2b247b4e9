package org.autopilot.admin.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.autopilot.reporting.api.AuditEntryView;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditLog;
import org.autopilot.reporting.api.AuditTrail;

/**
 * The audit page's rows as a CSV download, for the same URL parameters as the page ({@link AuditFilter}). Who may
 * download is web.xml's constraint on {@code /audit/*}. Taking the trail out of the application is itself audited,
 * with the filter and the number of entries, because it hands over everything the entries recorded.
 */
@WebServlet("/audit/export.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The audit trail's reason column holds 500 characters; a long filter is cut to fit. */
    private static final int REASON_LENGTH = 500;

    @Inject
    AuditLog auditLog;

    @Inject
    AuditTrail audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter = AuditFilter.fromParameters(request::getParameter);
        List<AuditEntryView> entries;
        try {
            entries = auditLog.search(filter.toQuery());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("text/plain");
            response.getWriter().println(e.getMessage());
            return;
        }
        String query = filter.queryString();
        audit.record(AuditEvent.now(request.getUserPrincipal().getName(), "audit.exported", "audit-trail", "csv",
                fitting("CSV of " + entries.size() + " entries; filter: " + (query.isEmpty() ? "none" : query))));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/csv; header=present");
        response.setHeader("Content-Disposition", "attachment; filename=audit-"
                + FILE_TIME.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)) + ".csv");
        AuditCsv.write(entries, response.getWriter());
    }

    private static String fitting(String reason) {
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…";
    }
}
