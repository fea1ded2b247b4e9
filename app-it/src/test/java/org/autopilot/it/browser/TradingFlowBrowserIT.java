package org.autopilot.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The whole trading flow as a user does it: in /admin a paper connection and account, a webhook strategy and a
 * subscription; then a plain {@code curl} posts a TradingView-style alert; the signal log shows the order filled and
 * the account page the position.
 */
@ExtendWith(ArquillianExtension.class)
class TradingFlowBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aWebhookFromCurlTradesThePaperAccountAndTheFillShowsInTheUi() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String connection = "Paper " + suffix;
        String account = "Desk " + suffix;
        String strategy = "Momentum " + suffix;
        try (Browser admin = new Browser()) {
            admin.open("/admin/brokers/index.xhtml");
            admin.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            admin.choose("connectionForm:venue", "PAPER");
            admin.type("connectionForm:connectionName", connection);
            admin.click(By.id("connectionForm:registerConnection"));
            admin.awaitText("body", connection);
            admin.choose("accountForm:connection", connection);
            admin.type("accountForm:accountName", account);
            admin.type("accountForm:startingCash_input", "100000");
            admin.type("accountForm:slippage_input", "1");
            admin.click(By.id("accountForm:openAccount"));
            admin.awaitText("body", account);

            admin.open("/admin/strategies/webhooks.xhtml");
            admin.type("strategyForm:name", strategy);
            admin.type("strategyForm:tickers", "aapl");
            admin.click(By.id("strategyForm:create"));
            admin.awaitPresence("strategyForm:newWebhookUrl");
            String webhookUrl = admin.driver().findElement(By.id("strategyForm:newWebhookUrl")).getDomProperty("value");

            admin.click(By.xpath("//tr[td[contains(., '" + strategy + "')]]//a[contains(., 'Open')]"));
            admin.awaitPresence("subscriptionsForm:subscribe");
            admin.click(By.xpath("//span[@id='subscriptionsForm:subscribe']/a"));
            admin.choose("editForm:account", account + " (paper, USD)");
            admin.click(By.id("editForm:save"));
            admin.awaitText("#subscriptionsForm\\:subscriptions", account);

            String answer = curl(webhookUrl, "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":5}");
            assertTrue(answer.contains("\"success\":true"), answer);

            admin.open("/admin/signals/list.xhtml");
            admin.awaitText("#signalsTable", strategy);
            admin.click(By.xpath("//tr[td[contains(., '" + strategy + "')]]//a[contains(., 'Details')]"));
            admin.awaitAfterReloads("//span[contains(@class, 'ap-delivery-status')]", "SENT");
            admin.awaitText("#deliveries", "FILLED");
            admin.screenshot("trading-flow-signal-detail");
            assertEquals("FILLED", admin.driver().findElement(By.cssSelector(".ap-order-status")).getText());
            String fill = admin.driver().findElement(By.cssSelector(".ap-fill")).getText();
            assertTrue(fill.startsWith("FILL 5 @"), fill);
            assertEquals("1", admin.textOf("kpiSent"));
            admin.screenshot("trading-flow-signal-detail");

            admin.click(By.linkText(account));
            admin.awaitText("#activityForm\\:positions", "AAPL");
            String position = admin.driver().findElement(By.xpath("//table[.//th[contains(., 'Average price')]]//tr[td[contains(., 'AAPL')]]")).getText();
            assertTrue(position.contains("AAPL 5 "), position);
            admin.screenshot("trading-flow-account");
        }
    }

    /** Posts like a TradingView alert from a shell: plain curl, text/plain body. */
    private static String curl(String url, String body) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder("curl", "-sS", "-X", "POST", "-H", "Content-Type: text/plain", "--data", body,
                url).redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, curl.waitFor(), output);
        return output;
    }
}
