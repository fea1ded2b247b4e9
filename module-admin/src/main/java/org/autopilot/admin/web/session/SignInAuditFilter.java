package org.autopilot.admin.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.trading.api.Notifications;

/**
 * Audits the first request of every signed-in session (staff sign-ins are part of the audit trail) and makes sure a
 * staff member has notification preferences, so that the notification channels know them.
 */
@WebFilter("/*")
public class SignInAuditFilter extends HttpFilter {

    private static final String AUDITED = SignInAuditFilter.class.getName() + ".audited";

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            if (session.getAttribute(AUDITED) == null) {
                session.setAttribute(AUDITED, Boolean.TRUE);
                audit.record(AuditEvent.now(request.getUserPrincipal().getName(), "user.signed-in", "web-app",
                        "admin", "from " + request.getRemoteAddr()));
                if (staffRole(request)) {
                    notifications.preferences(request.getUserPrincipal().getName(), null); // e-mail reaches known staff
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean staffRole(HttpServletRequest request) {
        return Arrays.stream(StaffRole.values()).anyMatch(r -> request.isUserInRole(r.roleName()));
    }
}
