package org.autopilot.it.browser;

import static org.autopilot.it.support.TradingApiClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A strategy's webhook sources and lock-out, through the REST API with real tokens and on the admin page: wrong
 * passwords lock the webhook, operators see it, an admin lifts it in the browser and limits the sources there,
 * and the webhook then refuses other addresses; bad entries are refused with the entry named, operators cannot
 * change anything.
 */
@ExtendWith(ArquillianExtension.class)
class StrategySourcesBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BUY_AAPL = "{\"ticker\":\"AAPL\",\"action\":\"buy\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void lockOutAndSourceLimitsAreSeenOverRestAndChangedOnTheSourcesPage() throws Exception {
        String admin = Keycloak.accessToken(DemoUser.ALICE_ADMIN);
        String operator = Keycloak.accessToken(DemoUser.OSCAR_OPERATOR);
        String name = "sources-" + UUID.randomUUID();
        HttpResponse<String> created = send("POST", "/strategies", admin,
                "{\"name\":\"" + name + "\",\"allowedTickers\":[\"AAPL\"]}");
        assertEquals(201, created.statusCode(), created.body());
        String webhookPath = created.body().replaceAll(".*\"webhookPath\":\"([^\"]+)\".*", "$1");
        String id = webhookPath.split("/")[3];
        String sources = "/strategies/" + id + "/sources";

        for (int i = 0; i < 10; i++) {
            assertEquals(400, webhook("/trading/webhook/" + id + "/wrong").statusCode());
        }
        HttpResponse<String> locked = send("GET", sources, operator, null);
        assertEquals(200, locked.statusCode(), locked.body());
        assertTrue(locked.body().contains("\"locked\":true") && locked.body().contains("\"wrongPasswords\":10"),
                locked.body());
        assertEquals(429, webhook(webhookPath).statusCode());
        assertEquals(403, send("DELETE", sources + "/lockout?reason=x", operator, null).statusCode());
        HttpResponse<String> noReason = send("DELETE", sources + "/lockout", admin, null);
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.body().contains("say why the lock-out is lifted"), noReason.body());

        try (Browser browser = new Browser()) {
            browser.open("/admin/strategies/sources.xhtml?strategy=" + id);
            browser.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            // the sign-in returns to the page without its query: the page then offers the list to choose from
            browser.awaitText("[id='strategies']", name);
            browser.driver().findElement(By.linkText(name)).click();
            browser.awaitText("[id='sourcesForm:lockState']", "LOCKED OUT");
            browser.screenshot("admin-strategy-sources-locked");
            browser.driver().findElement(By.id("sourcesForm:liftReason")).sendKeys("sender's URL fixed");
            browser.driver().findElement(By.id("sourcesForm:lift")).click();
            browser.awaitText("[id='sourcesForm:lockState']", "ACCEPTING");

            WebElement list = browser.driver().findElement(By.id("sourcesForm:allowedSources"));
            list.sendKeys("203.0.113.0/24\n10.0.0.1/8");
            browser.driver().findElement(By.id("sourcesForm:save")).click();
            browser.awaitText("[id='sourcesForm:messages']", "allowed source 2: '10.0.0.1/8' has bits set beyond its"
                    + " /8 prefix; the range is written 10.0.0.0/8");
            list = browser.driver().findElement(By.id("sourcesForm:allowedSources"));
            list.clear();
            list.sendKeys("203.0.113.0/24\n2001:DB8::/32");
            browser.driver().findElement(By.cssSelector("[id='sourcesForm:tradingViewOnly'] .ui-chkbox-box")).click();
            browser.driver().findElement(By.id("sourcesForm:reason")).sendKeys("office and TradingView");
            browser.driver().findElement(By.id("sourcesForm:save")).click();
            browser.awaitText("[id='sourcesForm:messages']", "Source limits saved");
            assertEquals("203.0.113.0/24\n2001:db8::/32", browser.driver().findElement(
                    By.id("sourcesForm:allowedSources")).getDomProperty("value"), "stored in canonical form");
            browser.screenshot("admin-strategy-sources-limited");
        }

        HttpResponse<String> foreign = webhook(webhookPath);
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("\"messageCode\":\"invalid-ip-address\""), foreign.body());
        HttpResponse<String> limited = send("GET", sources, operator, null);
        assertTrue(limited.body().contains("\"allowedSources\":[\"203.0.113.0/24\",\"2001:db8::/32\"]")
                && limited.body().contains("\"tradingViewOnly\":true") && limited.body().contains("\"locked\":false"),
                limited.body());

        assertEquals(403, send("PUT", sources, operator, "{\"allowedSources\":[],\"tradingViewOnly\":false}").statusCode());
        HttpResponse<String> invalid = send("PUT", sources, admin, "{\"allowedSources\":[\"1.2.3.4/33\"],"
                + "\"tradingViewOnly\":false}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("allowed source 1: the prefix length of '1.2.3.4/33' must be a whole number"
                + " from 0 to 32"), invalid.body());
        assertEquals(400, send("PUT", sources, admin, "{\"allowedSources\":[]}").statusCode());
        assertEquals(404, send("PUT", "/strategies/" + UUID.randomUUID() + "/sources", admin,
                "{\"allowedSources\":[],\"tradingViewOnly\":false}").statusCode());
        HttpResponse<String> lifted = send("PUT", sources, admin, "{\"allowedSources\":[],\"tradingViewOnly\":false,"
                + "\"reason\":\"limits no longer needed\"}");
        assertEquals(200, lifted.statusCode(), lifted.body());
        assertEquals(200, webhook(webhookPath).statusCode());
        HttpResponse<String> notLocked = send("DELETE", sources + "/lockout?reason=again", admin, null);
        assertEquals(400, notLocked.statusCode());
        assertTrue(notLocked.body().contains("is not locked out"), notLocked.body());
    }

    private static HttpResponse<String> webhook(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                .POST(HttpRequest.BodyPublishers.ofString(BUY_AAPL)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
