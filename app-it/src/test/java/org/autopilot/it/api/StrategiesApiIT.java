package org.autopilot.it.api;

import static org.autopilot.it.support.TradingApiClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.autopilot.it.support.Browser;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.Keycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The configuration API with real tokens: an admin creates a strategy over REST and its webhook accepts a signal;
 * operators read but cannot change; investors cannot read; bad input is a 400 with the precise message.
 */
@ExtendWith(ArquillianExtension.class)
class StrategiesApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void adminsConfigureOperatorsReadInvestorsAreKeptOut() throws Exception {
        String admin = Keycloak.accessToken(DemoUser.ALICE_ADMIN);
        String operator = Keycloak.accessToken(DemoUser.OSCAR_OPERATOR);
        String investor = Keycloak.accessToken(DemoUser.IVAN_INVESTOR);
        String name = "api-" + UUID.randomUUID();

        HttpResponse<String> created = send("POST", "/strategies", admin,
                "{\"name\":\"" + name + "\",\"allowedTickers\":[\"AAPL\"],\"maxSignalAgeSeconds\":60}");
        assertEquals(201, created.statusCode(), created.body());
        String path = created.body().replaceAll(".*\"webhookPath\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> signal = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticker\":\"AAPL\",\"action\":\"buy\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signal.statusCode(), signal.body());

        HttpResponse<String> list = send("GET", "/strategies", operator, null);
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(name), list.body());
        assertEquals(403, send("POST", "/strategies", operator, "{\"name\":\"x\"}").statusCode());
        assertEquals(403, send("GET", "/strategies", investor, null).statusCode());

        HttpResponse<String> blank = send("POST", "/strategies", admin, "{\"name\":\" \"}");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("strategy name must be 1-120 characters"), blank.body());
        String strategyId = path.split("/")[3];
        HttpResponse<String> noAccount = send("POST", "/strategies/" + strategyId + "/subscriptions", admin,
                "{\"accountId\":\"" + UUID.randomUUID() + "\"}");
        assertEquals(400, noAccount.statusCode());
        assertTrue(noAccount.body().contains("no broker account"), noAccount.body());

        HttpResponse<String> limited = send("PUT", "/strategies/" + strategyId + "/rate-limit", admin,
                "{\"perMinute\":2,\"perHour\":3}");
        assertEquals(200, limited.statusCode(), limited.body());
        assertTrue(limited.body().contains("\"signalsPerMinute\":2"), limited.body());
        HttpResponse<String> badRate = send("PUT", "/strategies/" + strategyId + "/rate-limit", admin,
                "{\"perMinute\":5,\"perHour\":4}");
        assertEquals(400, badRate.statusCode());
        assertTrue(badRate.body().contains("signals per hour must be at least the signals per minute (5)"),
                badRate.body());
        assertEquals(403, send("PUT", "/strategies/" + strategyId + "/rate-limit", operator,
                "{\"perMinute\":9,\"perHour\":9}").statusCode());
        assertEquals(404, send("PUT", "/strategies/" + UUID.randomUUID() + "/rate-limit", admin,
                "{\"perMinute\":9,\"perHour\":9}").statusCode());
        for (int i = 0; i < 2; i++) { // one signal was accepted above: the minute allows one more, then 429
            HttpResponse<String> next = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ticker\":\"AAPL\",\"action\":\"sell\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(i == 0 ? 200 : 429, next.statusCode(), next.body());
        }

        HttpResponse<String> instruments = send("GET", "/instruments", operator, null);
        assertTrue(instruments.body().contains("\"symbol\":\"BTCUSD\""), instruments.body());
        HttpResponse<String> log = send("GET", "/signal-log?limit=20", operator, null);
        assertTrue(log.body().contains(strategyId), log.body());
    }

}
