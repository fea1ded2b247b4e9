package org.autopilot.it.api;

import static org.autopilot.it.support.TradingApiClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.Keycloak;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Broker connections, broker accounts and instruments over REST with real tokens: admins and operators run the
 * brokers, only admins change instruments, corporate staff and investors are kept out; bad input is a 400 with the
 * precise message, unknown ids a 404, a revision from an old version a 409, and none of them changes anything.
 */
@ExtendWith(ArquillianExtension.class)
class BrokersAndInstrumentsApiIT {

    private static String admin;
    private static String operator;
    private static String corporate;
    private static String investor;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void tokens() {
        admin = Keycloak.accessToken(DemoUser.ALICE_ADMIN);
        operator = Keycloak.accessToken(DemoUser.OSCAR_OPERATOR);
        corporate = Keycloak.accessToken(DemoUser.CORA_CORPORATE);
        investor = Keycloak.accessToken(DemoUser.IVAN_INVESTOR);
    }

    @Test
    void operatorsRunBrokerAccountsAndTheirWorkers() throws Exception {
        String connectionName = "api-paper-" + UUID.randomUUID();
        HttpResponse<String> connection = send("POST", "/broker-connections", operator,
                "{\"name\":\"" + connectionName + "\",\"venue\":\"PAPER\"}");
        assertEquals(201, connection.statusCode(), connection.body());
        String connectionId = field(connection.body(), "id");
        assertTrue(send("GET", "/broker-connections", admin, null).body().contains(connectionName));

        expect(400, "venue must be one of [PAPER, FIX, ALPACA, BINANCE], got NYSE",
                send("POST", "/broker-connections", admin, "{\"name\":\"x\",\"venue\":\"NYSE\"}"));
        expect(400, "venue FIX needs an http(s) endpoint, got null",
                send("POST", "/broker-connections", admin, "{\"name\":\"api-fix-" + UUID.randomUUID() + "\",\"venue\":\"FIX\"}"));
        expect(400, "endpoint must be a URL", send("POST", "/broker-connections", admin,
                "{\"name\":\"x\",\"venue\":\"ALPACA\",\"endpoint\":\"https://bad host\"}"));
        expect(403, "your roles do not allow this operation",
                send("POST", "/broker-connections", corporate, "{\"name\":\"x\",\"venue\":\"PAPER\"}"));
        assertEquals(403, send("GET", "/broker-connections", investor, null).statusCode());

        String accountName = "api-demo-" + UUID.randomUUID();
        HttpResponse<String> opened = send("POST", "/broker-accounts", operator, "{\"connectionId\":\"" + connectionId
                + "\",\"name\":\"" + accountName + "\",\"currency\":\"USD\",\"startingCash\":250000,"
                + "\"slippageBasisPoints\":1.5}");
        assertEquals(201, opened.statusCode(), opened.body());
        String accountId = field(opened.body(), "id");
        assertTrue(opened.headers().firstValue("Location").orElseThrow().endsWith("/broker-accounts/" + accountId));
        HttpResponse<String> read = send("GET", "/broker-accounts/" + accountId, admin, null);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"paperSlippageBasisPoints\":1.5") && read.body().contains("\"workerRunning\":true"),
                read.body());

        int accountsBefore = count(send("GET", "/broker-accounts", admin, null).body(), "\"connectionId\"");
        expect(400, "a paper account needs positive starting cash", send("POST", "/broker-accounts", admin,
                "{\"connectionId\":\"" + connectionId + "\",\"name\":\"api-x\",\"currency\":\"USD\",\"startingCash\":0,"
                        + "\"slippageBasisPoints\":1}"));
        expect(400, "currency must be an ISO 4217 code, got usd", send("POST", "/broker-accounts", admin,
                "{\"connectionId\":\"" + connectionId + "\",\"name\":\"api-x\",\"currency\":\"usd\",\"startingCash\":10,"
                        + "\"slippageBasisPoints\":1}"));
        expect(400, "connectionId must be a UUID, got paper-1",
                send("POST", "/broker-accounts", admin, "{\"connectionId\":\"paper-1\",\"name\":\"api-x\"}"));
        expect(400, "no broker connection", send("POST", "/broker-accounts", admin,
                "{\"connectionId\":\"" + UUID.randomUUID() + "\",\"name\":\"api-x\",\"currency\":\"USD\"}"));
        expect(400, "already exists", send("POST", "/broker-accounts", admin, "{\"connectionId\":\"" + connectionId
                + "\",\"name\":\"" + accountName + "\",\"currency\":\"USD\",\"startingCash\":10,\"slippageBasisPoints\":0}"));
        expect(403, "your roles do not allow", send("POST", "/broker-accounts", corporate, "{\"connectionId\":\""
                + connectionId + "\",\"name\":\"api-x\",\"currency\":\"USD\",\"startingCash\":10,\"slippageBasisPoints\":0}"));
        assertEquals(accountsBefore, count(send("GET", "/broker-accounts", admin, null).body(), "\"connectionId\""),
                "refused openings store nothing");

        HttpResponse<String> stopped = send("POST", "/broker-accounts/" + accountId + "/worker/stop", operator, null);
        assertEquals(200, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().contains("\"workerRunning\":false"), stopped.body());
        assertTrue(send("GET", "/broker-accounts/" + accountId, operator, null).body().contains("\"workerRunning\":false"));
        assertEquals(403, send("POST", "/broker-accounts/" + accountId + "/worker/start", corporate, null).statusCode());
        assertTrue(send("GET", "/broker-accounts/" + accountId, operator, null).body().contains("\"workerRunning\":false"),
                "a refused start changes nothing");
        HttpResponse<String> started = send("POST", "/broker-accounts/" + accountId + "/worker/start", admin, null);
        assertTrue(started.body().contains("\"workerRunning\":true"), started.body());

        String unknown = UUID.randomUUID().toString();
        expect(404, "no broker account " + unknown, send("GET", "/broker-accounts/" + unknown, admin, null));
        expect(404, "no broker account " + unknown, send("POST", "/broker-accounts/" + unknown + "/worker/stop", admin, null));
        assertEquals(404, send("POST", "/broker-accounts/" + unknown + "/worker/start", operator, null).statusCode());
        assertEquals(403, send("GET", "/broker-accounts", investor, null).statusCode());
    }

    @Test
    void adminsRegisterAndReviseInstrumentsOthersOnlyRead() throws Exception {
        String symbol = "API" + ThreadLocalRandom.current().nextInt(1_000_000);
        String spec = "\"assetClass\":\"STOCK\",\"currency\":\"USD\",\"exchangeCode\":\"XNAS\","
                + "\"exchangeZone\":\"America/New_York\",\"sessions\":\"Mon-Fri 09:30-16:00\",\"lotStep\":1,"
                + "\"fractional\":false";
        expect(403, "your roles do not allow", send("POST", "/instruments", operator,
                "{\"symbol\":\"" + symbol + "\",\"tickSize\":0.01," + spec + "}"));
        HttpResponse<String> registered = send("POST", "/instruments", admin,
                "{\"symbol\":\"" + symbol + "\",\"tickSize\":0.01," + spec + "}");
        assertEquals(201, registered.statusCode(), registered.body());
        assertTrue(registered.headers().firstValue("Location").orElseThrow().endsWith("/instruments/" + symbol));
        String version = field(registered.body(), "version");
        assertEquals("Mon-Fri 09:30-16:00", field(registered.body(), "sessions"), registered.body());

        expect(400, "already registered", send("POST", "/instruments", admin,
                "{\"symbol\":\"" + symbol + "\",\"tickSize\":0.01," + spec + "}"));
        expect(400, "exchangeZone must be a time-zone id such as America/New_York, got Mars/Olympus",
                send("POST", "/instruments", admin, "{\"symbol\":\"X" + symbol + "\",\"tickSize\":0.01,"
                        + spec.replace("America/New_York", "Mars/Olympus") + "}"));
        expect(400, "assetClass must be one of [STOCK, CRYPTO, FUTURE, FOREX], got BOND", send("POST", "/instruments",
                admin, "{\"symbol\":\"X" + symbol + "\",\"tickSize\":0.01," + spec.replace("STOCK", "BOND") + "}"));
        expect(400, "sessions is required, such as Mon-Fri 09:30-16:00 or 24/7", send("POST", "/instruments", admin,
                "{\"symbol\":\"X" + symbol + "\",\"tickSize\":0.01,"
                        + spec.replace("\"sessions\":\"Mon-Fri 09:30-16:00\",", "") + "}"));
        expect(400, "sessions: \\\"Mon-Fro 09:30-16:00\\\": unknown day \\\"Fro\\\"", send("POST", "/instruments", admin,
                "{\"symbol\":\"X" + symbol + "\",\"tickSize\":0.01," + spec.replace("Mon-Fri", "Mon-Fro") + "}"));
        assertEquals(404, send("GET", "/instruments/X" + symbol, operator, null).statusCode(), "nothing was registered");

        expect(400, "tickSize must be positive, got -0.05", send("PUT", "/instruments/" + symbol, admin,
                "{\"version\":" + version + ",\"tickSize\":-0.05," + spec + "}"));
        expect(400, "lotStep must be a whole number when fractional quantities are not allowed, got 0.5",
                send("PUT", "/instruments/" + symbol, admin, "{\"version\":" + version + ",\"tickSize\":0.05,"
                        + spec.replace("\"lotStep\":1", "\"lotStep\":0.5") + "}"));
        expect(400, "symbol cannot change (" + symbol + " -> OTHER)", send("PUT", "/instruments/" + symbol, admin,
                "{\"symbol\":\"OTHER\",\"version\":" + version + ",\"tickSize\":0.05," + spec + "}"));
        expect(400, "version is required", send("PUT", "/instruments/" + symbol, admin, "{\"tickSize\":0.05," + spec + "}"));
        expect(403, "your roles do not allow", send("PUT", "/instruments/" + symbol, operator,
                "{\"version\":" + version + ",\"tickSize\":0.05," + spec + "}"));
        expect(404, "no instrument NO" + symbol, send("PUT", "/instruments/NO" + symbol, admin,
                "{\"version\":0,\"tickSize\":0.05," + spec + "}"));
        expect(400, "sessions: \\\"Mon-Fri 09:30-16:00; Mon 12:00-18:00\\\": Mon 09:30-16:00 overlaps Mon 12:00-18:00",
                send("PUT", "/instruments/" + symbol, admin, "{\"version\":" + version + ",\"tickSize\":0.05,"
                        + spec.replace("Mon-Fri 09:30-16:00", "Mon-Fri 09:30-16:00; Mon 12:00-18:00") + "}"));
        String unchanged = send("GET", "/instruments/" + symbol, operator, null).body();
        assertTrue(unchanged.contains("\"tickSize\":0.01") && unchanged.contains("\"sessions\":\"Mon-Fri 09:30-16:00\""),
                "refused revisions change nothing: " + unchanged);

        HttpResponse<String> revised = send("PUT", "/instruments/" + symbol, admin,
                "{\"version\":" + version + ",\"tickSize\":0.05,"
                        + spec.replace("Mon-Fri 09:30-16:00", "mon-thu 09:30-16:00;fri 09:30-13:00") + "}");
        assertEquals(200, revised.statusCode(), revised.body());
        assertTrue(revised.body().contains("\"tickSize\":0.05"), revised.body());
        assertEquals("Mon-Thu 09:30-16:00; Fri 09:30-13:00", field(revised.body(), "sessions"), "canonical text");
        assertEquals(Long.parseLong(version) + 1, Long.parseLong(field(revised.body(), "version")));
        expect(409, "read it again", send("PUT", "/instruments/" + symbol, admin,
                "{\"version\":" + version + ",\"tickSize\":0.25," + spec + "}"));
        HttpResponse<String> read = send("GET", "/instruments/" + symbol, operator, null);
        assertTrue(read.body().contains("\"tickSize\":0.05"), "the stale revision changed nothing: " + read.body());
        assertEquals(403, send("GET", "/instruments", investor, null).statusCode());
    }

    private static void expect(int status, String message, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
    }

    /** The first value of a top-level JSON field, string or number. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

}
