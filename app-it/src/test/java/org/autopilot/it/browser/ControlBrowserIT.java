package org.autopilot.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.autopilot.it.support.Browser;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.Keycloak;
import org.autopilot.it.support.TradingApiClient;
import org.autopilot.it.trading.PaperAccountFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An operator halts and flattens one account from the Control page; the next webhook is denied for that account
 * with the switch and the operator's reason shown in the signal log, while the other account keeps trading. A
 * corporate user cannot open the page.
 */
@ExtendWith(ArquillianExtension.class)
class ControlBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PaperAccountFixture.class);
    }

    @Test
    void anOperatorHaltsAndFlattensOneAccountAndTheOtherKeepsTrading() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = Keycloak.accessToken(DemoUser.ALICE_ADMIN);
        Map<String, Object> strategy = JSONObjectUtils.parse(TradingApiClient.send("POST", "/strategies", admin,
                "{\"name\":\"Control " + suffix + "\",\"allowedTickers\":[\"AAPL\"]}").body());
        String halted = "Halted desk " + suffix;
        String trading = "Trading desk " + suffix;
        for (String account : List.of(halted, trading)) {
            UUID id = PaperAccountFixture.open(Browser.BASE_URL, account);
            HttpResponse<String> subscribed = TradingApiClient.send("POST", "/strategies/" + strategy.get("id")
                    + "/subscriptions", admin, "{\"accountId\":\"" + id + "\"}");
            assertEquals(201, subscribed.statusCode(), subscribed.body());
        }
        String webhook = Browser.BASE_URL + strategy.get("webhookPath");
        assertEquals(200, post(webhook, "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":3}").statusCode());

        try (Browser operator = new Browser()) {
            operator.open("/admin/control/index.xhtml");
            operator.signInAtKeycloak(DemoUser.OSCAR_OPERATOR);
            operator.awaitText("#controlForm\\:accounts", halted);
            String row = "//table[ancestor::*[@id='controlForm:accounts']]//tr[td[contains(., '" + halted + "')]]";
            operator.click(By.xpath(row + "//button[contains(@id, ':flatten')]"));
            operator.awaitText("#switchTarget", halted);
            operator.type("switchForm:reason", "broker outage drill");
            operator.screenshot("control-flatten-dialog");
            operator.click(By.id("switchForm:apply"));
            operator.awaitText("#controlForm\\:accounts", "broker outage drill");
            assertTrue(operator.driver().findElement(By.xpath(row)).getText().contains("HALTED"));
            operator.screenshot("control-account-halted");

            HttpResponse<String> next = post(webhook, "{\"ticker\":\"AAPL\",\"action\":\"add\",\"quantity\":1}");
            assertEquals(200, next.statusCode(), next.body());
            String signal = JSONObjectUtils.parse(next.body()).get("id").toString();
            operator.open("/admin/signals/detail.xhtml?id=" + signal);
            operator.awaitAfterReloads("//*[@id='deliveries']", "DENIED");
            operator.awaitAfterReloads("//*[@id='deliveries']", "SENT"); // the other account's worker may be a moment later
            String deliveries = operator.driver().findElement(By.id("deliveries")).getText();
            assertTrue(deliveries.contains("broker account kill switch is HALTED (oscar: flatten: broker outage drill)"),
                    deliveries);
            assertTrue(deliveries.contains("SENT"), "the other account keeps trading: " + deliveries);
            operator.screenshot("control-denied-signal");

            String positions = TradingApiClient.send("GET", "/kill-switches", Keycloak.accessToken(DemoUser.OSCAR_OPERATOR),
                    null).body();
            assertTrue(JSONArrayUtils.parse(positions).toString().contains("flatten: broker outage drill"), positions);
        }
        try (Browser corporate = new Browser()) {
            corporate.open("/admin/control/index.xhtml");
            corporate.signInAtKeycloak(DemoUser.CORA_CORPORATE);
            corporate.awaitText("body", "403");
        }
    }

    private static HttpResponse<String> post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
