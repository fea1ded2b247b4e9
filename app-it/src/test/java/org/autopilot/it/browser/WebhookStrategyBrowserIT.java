package org.autopilot.it.browser;

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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An admin creates a webhook strategy in the browser and copies its one-time URL; a TradingView-style alert is
 * posted to it over plain HTTP (as curl would); an operator sees the accepted and the refused request in the
 * signal log; the admin changes the rate limit (a refused change says why) and requires signatures, after which
 * an unsigned alert is refused.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookStrategyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void strategyCreatedInTheBrowserAcceptsAlertsThatShowInTheSignalLog() throws Exception {
        String webhookUrl;
        String name = "EMA cross " + UUID.randomUUID();
        try (Browser admin = new Browser()) {
            admin.open("/admin/strategies/webhooks.xhtml");
            admin.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            admin.awaitPresence("strategyForm:name");
            admin.driver().findElement(By.id("strategyForm:name")).sendKeys(name);
            admin.driver().findElement(By.id("strategyForm:tickers")).sendKeys("aapl, msft");
            admin.driver().findElement(By.id("strategyForm:create")).click();
            admin.awaitPresence("strategyForm:newWebhookUrl");
            webhookUrl = admin.driver().findElement(By.id("strategyForm:newWebhookUrl")).getDomProperty("value");
            assertTrue(webhookUrl.startsWith(Browser.BASE_URL + "/trading/webhook/"), webhookUrl);
            admin.screenshot("admin-strategy-created");

            admin.open("/admin/strategies/webhooks.xhtml");
            assertTrue(!admin.isPresent("strategyForm:newWebhookUrl"), "the URL with its password is shown once only");

        }

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticker\":\"AAPL\",\"action\":\"buy\",\"sentiment\":\"long\","
                        + "\"price\":191.25}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, accepted.statusCode(), accepted.body());
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticker\":\"TSLA\",\"action\":\"buy\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());

        try (Browser operator = new Browser()) {
            operator.open("/admin/signals/log.xhtml");
            operator.signInAtKeycloak(DemoUser.OSCAR_OPERATOR);
            String strategyId = webhookUrl.split("/")[5];
            operator.awaitText("#requests", strategyId.substring(0, 8));
            String log = operator.textOf("requests");
            assertTrue(log.contains("unsupported-ticker"), log);
            assertTrue(log.contains("ticker TSLA is not allowed for this strategy"), log);
            operator.screenshot("admin-signal-log");
        }

        try (Browser admin = new Browser()) {
            // switching on signatures (confirmed) shows the signing secret once; unsigned alerts are refused after
            admin.open("/admin/strategies/webhooks.xhtml");
            admin.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            admin.awaitPresence("strategyForm:strategies");
            String row = "//tr[td[contains(., '" + name + "')]]";
            changeRate(admin, row, "20", "10");
            admin.awaitText("#rateForm", "signals per hour must be at least the signals per minute (20)");
            admin.screenshot("admin-strategy-rate-refused");
            admin.click(By.cssSelector("#rateForm .ui-button-flat"));
            changeRate(admin, row, "30", "300");
            admin.awaitText("#strategyForm\\:strategies", "30/min, 300/h");
            admin.driver().findElement(By.xpath(row + "//button[contains(., 'Require')]")).click();
            admin.awaitText(".ui-confirm-dialog", "Unsigned requests");
            admin.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            admin.awaitPresence("strategyForm:newSigningSecret");
            assertTrue(admin.driver().findElement(By.id("strategyForm:newSigningSecret")).getDomProperty("value")
                    .startsWith("whsec_"));
            admin.screenshot("admin-strategy-signing");
        }
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticker\":\"AAPL\",\"action\":\"sell\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, unsigned.statusCode(), unsigned.body());
    }

    private static void changeRate(Browser admin, String row, String perMinute, String perHour) {
        admin.click(By.xpath(row + "//button[contains(., 'Change')]"));
        admin.type("rateForm:perMinute_input", perMinute);
        admin.type("rateForm:perHour_input", perHour);
        admin.click(By.id("rateForm:saveRate"));
    }
}
