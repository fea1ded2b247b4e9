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
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;

/** Audits the first request of every signed-in session: staff sign-ins are part of the audit trail. */
@WebFilter("/*")
public class SignInAuditFilter extends HttpFilter {

    private static final String AUDITED = SignInAuditFilter.class.getName() + ".audited";

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession();
            if (session.getAttribute(AUDITED) == null) {
                session.setAttribute(AUDITED, Boolean.TRUE);
                audit.record(AuditEvent.now(request.getUserPrincipal().getName(), "user.signed-in", "web-app",
                        "admin", "from " + request.getRemoteAddr()));
            }
        }
        chain.doFilter(request, response);
    }
}
