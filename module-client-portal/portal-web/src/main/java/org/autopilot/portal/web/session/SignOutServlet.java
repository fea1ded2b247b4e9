package org.autopilot.portal.web.session;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends the local session, then the Keycloak session, and comes back to the home page. The Keycloak base URL is
 * the server property {@code autopilot.keycloak.url} (app-ear server.cli).
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        String home = request.getRequestURL().toString().replace(request.getServletPath(), "/");
        response.sendRedirect(System.getProperty("autopilot.keycloak.url")
                + "/realms/autopilot/protocol/openid-connect/logout?client_id=autopilot-portal&post_logout_redirect_uri="
                + URLEncoder.encode(home, StandardCharsets.UTF_8));
    }
}
