package org.autopilot.it.api;

import static org.autopilot.it.api.ApiClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Map;
import java.util.UUID;
import org.autopilot.it.support.Browser;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.Keycloak;
import org.autopilot.it.trading.PaperAccountFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscriptions and strategy order defaults over REST with real tokens: admins and operators change them with the
 * version they read (409 when stale), switch subscriptions on and off; bad input is a 400 naming the field, unknown
 * ids are 404, corporate and investors are refused.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionsApiIT {

    private static final String SETTINGS = """
            {"useSignalQuantity":true,"useSignalOrderType":false,"useSignalTimeInForce":true,"useSignalPrices":true,
             "useSignalTakeProfit":false,"useSignalStopLoss":false,
             "orderDefaults":{"quantityType":"DOLLAR_AMOUNT","quantity":2500,"entryOrderType":"LIMIT",
               "takeProfit":{"percent":4},"stopLoss":{"type":"%s","amount":1.5,"limitOffset":0.25}},
             "multiplier":%s,"sides":"LONG_ONLY","sideSwapping":true,"subtractExitQuantity":true,
             "allowAddToPosition":false,"cancelOpenOrders":true,"tradingWindows":"MON,TUE,WED,THU,FRI 09:30-16:00",
             "allowExitsOutsideWindows":true}""";

    private String admin;
    private String operator;
    private String strategy;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PaperAccountFixture.class);
    }

    @BeforeEach
    void strategyWithTokens() throws Exception {
        admin = Keycloak.accessToken(DemoUser.ALICE_ADMIN);
        operator = Keycloak.accessToken(DemoUser.OSCAR_OPERATOR);
        HttpResponse<String> created = send("POST", "/strategies", admin, "{\"name\":\"api-subs-" + UUID.randomUUID()
                + "\",\"allowedTickers\":[\"AAPL\"]}");
        assertEquals(201, created.statusCode(), created.body());
        strategy = json(created).get("id").toString();
    }

    private static String settings(String stopType, String multiplier) {
        return SETTINGS.formatted(stopType, multiplier);
    }

    @Test
    void operatorsChangeSubscriptionsWithTheVersionTheyRead() throws Exception {
        UUID account = PaperAccountFixture.open(Browser.BASE_URL, "api-subs-acct-" + UUID.randomUUID());
        HttpResponse<String> subscribed = send("POST", "/strategies/" + strategy + "/subscriptions", admin,
                "{\"accountId\":\"" + account + "\",\"settings\":" + settings("STOP_LIMIT", "1") + "}");
        assertEquals(201, subscribed.statusCode(), subscribed.body());
        Map<String, Object> created = json(subscribed);
        String path = "/strategies/" + strategy + "/subscriptions/" + created.get("id");
        long version = ((Number) created.get("version")).longValue();

        HttpResponse<String> read = send("GET", path, operator, null);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"limitOffset\":0.25"), read.body());

        HttpResponse<String> changed = send("PUT", path, operator,
                "{\"version\":" + version + ",\"settings\":" + settings("STOP", "2").replace(",\"limitOffset\":0.25", "") + "}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(version + 1, ((Number) json(changed).get("version")).longValue());
        assertTrue(changed.body().contains("\"multiplier\":2"), changed.body());

        HttpResponse<String> stale = send("PUT", path, admin, "{\"version\":" + version + ",\"settings\":"
                + settings("STOP_LIMIT", "3") + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("changed since you read them (your version " + version), stale.body());

        HttpResponse<String> invalid = send("PUT", path, operator, "{\"version\":" + (version + 1) + ",\"settings\":"
                + settings("STOP", "2") + "}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("stopLoss.limitOffset goes with type stop_limit only"), invalid.body());
        HttpResponse<String> noVersion = send("PUT", path, operator, "{\"settings\":" + settings("STOP_LIMIT", "2") + "}");
        assertEquals(400, noVersion.statusCode(), noVersion.body());
        assertTrue(noVersion.body().contains("the version you read"), noVersion.body());
        assertTrue(send("GET", path, operator, null).body().contains("\"multiplier\":2,"), "refusals change nothing");

        HttpResponse<String> disabled = send("POST", path + "/disable", operator, null);
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals(Boolean.FALSE, json(disabled).get("enabled"));
        assertEquals(Boolean.TRUE, json(send("POST", path + "/enable", admin, null)).get("enabled"));
    }

    @Test
    void strategyDefaultsAreReadAndReplacedWithTheirVersion() throws Exception {
        String path = "/strategies/" + strategy + "/defaults";
        HttpResponse<String> unset = send("GET", path, operator, null);
        assertEquals(200, unset.statusCode(), unset.body());
        assertEquals(0L, ((Number) json(unset).get("version")).longValue());

        String defaults = "{\"quantityType\":\"FIXED_QUANTITY\",\"quantity\":5,\"timeInForce\":\"GTC\","
                + "\"takeProfit\":{\"amount\":3},\"stopLoss\":{\"type\":\"TRAILING_STOP\",\"trailPercent\":0.8}}";
        HttpResponse<String> first = send("PUT", path, operator, "{\"version\":0,\"defaults\":" + defaults + "}");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(1L, ((Number) json(first).get("version")).longValue());
        assertTrue(send("GET", path, admin, null).body().contains("\"trailPercent\":0.8"));

        HttpResponse<String> stale = send("PUT", path, admin, "{\"version\":0,\"defaults\":{}}");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> invalid = send("PUT", path, admin, "{\"version\":1,\"defaults\":{\"quantityType\":"
                + "\"PERCENT_OF_POSITION\",\"quantity\":50}}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("percent_of_position cannot be a default quantityType"), invalid.body());
        HttpResponse<String> unknownValue = send("PUT", path, admin, "{\"version\":1,\"defaults\":{\"timeInForce\":"
                + "\"SOMETIMES\"}}");
        assertEquals(400, unknownValue.statusCode(), unknownValue.body());
        assertTrue(unknownValue.body().contains("unknown value SOMETIMES for TimeInForce"), unknownValue.body());
    }

    @Test
    void unknownIdsAreNotFoundAndOtherRolesAreRefused() throws Exception {
        UUID account = PaperAccountFixture.open(Browser.BASE_URL, "api-subs-acct-" + UUID.randomUUID());
        String id = json(send("POST", "/strategies/" + strategy + "/subscriptions", admin,
                "{\"accountId\":\"" + account + "\"}")).get("id").toString();
        String otherStrategy = json(send("POST", "/strategies", admin, "{\"name\":\"api-subs-other-" + UUID.randomUUID()
                + "\"}")).get("id").toString();

        assertEquals(404, send("GET", "/strategies/" + UUID.randomUUID() + "/defaults", admin, null).statusCode());
        assertEquals(404, send("PUT", "/strategies/" + UUID.randomUUID() + "/defaults", admin,
                "{\"version\":0,\"defaults\":{}}").statusCode());
        assertEquals(404, send("GET", "/strategies/" + strategy + "/subscriptions/" + UUID.randomUUID(), admin, null)
                .statusCode());
        HttpResponse<String> elsewhere = send("POST", "/strategies/" + otherStrategy + "/subscriptions/" + id + "/disable",
                admin, null);
        assertEquals(404, elsewhere.statusCode(), "a subscription is addressed under its own strategy only");
        assertTrue(elsewhere.body().contains("no subscription " + id), elsewhere.body());

        String corporate = Keycloak.accessToken(DemoUser.CORA_CORPORATE);
        assertEquals(403, send("GET", "/strategies/" + strategy + "/defaults", corporate, null).statusCode());
        assertEquals(403, send("POST", "/strategies/" + strategy + "/subscriptions/" + id + "/disable", corporate, null)
                .statusCode());
        assertEquals(403, send("PUT", "/strategies/" + strategy + "/defaults",
                Keycloak.accessToken(DemoUser.IVAN_INVESTOR), "{\"version\":0,\"defaults\":{}}").statusCode());
        assertEquals(Boolean.TRUE, json(send("GET", "/strategies/" + strategy + "/subscriptions/" + id, admin, null))
                .get("enabled"), "refused requests change nothing");
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws ParseException {
        return JSONObjectUtils.parse(response.body());
    }
}
