package org.autopilot.it.trading;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.Venue;

/**
 * Opens a paper broker account for tests that drive the application from outside (HTTP API, browser): neither
 * offers a way to open one yet. Deployed only in the test war ({@code POST /autopilot-it/paper-account?name=...}
 * answers the account's id).
 */
@WebServlet("/paper-account")
public class PaperAccountFixture extends HttpServlet {

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerAccounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        UUID connection = connections.register(name + " venue", Venue.PAPER, null).id();
        UUID account = accounts.open(connection, name, "USD", new BigDecimal("100000"), BigDecimal.ONE, "it-fixture").id();
        response.setContentType("text/plain");
        response.getWriter().write(account.toString());
    }

    /** Client side: opens an account through the fixture of a deployment made with {@code applicationWithTests}. */
    public static UUID open(String baseUrl, String name) throws IOException, InterruptedException {
        URI fixture = URI.create(baseUrl + "/autopilot-it/paper-account?name=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixture)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("paper account fixture answered " + answer.statusCode() + ": " + answer.body());
        }
        return UUID.fromString(answer.body().strip());
    }
}
