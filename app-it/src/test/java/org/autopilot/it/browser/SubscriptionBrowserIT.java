package org.autopilot.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin reaches a strategy's subscriptions from the webhook strategies list, sets the strategy's order
 * defaults, subscribes a paper account, has an invalid multiplier refused next to its field, saves a stop-limit
 * stop loss and switches the subscription off; the API then reads exactly that. Corporate users get a 403.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PaperAccountFixture.class);
    }

    @Test
    void adminEditsASubscriptionAndSwitchesItOff() throws Exception {
        String token = Keycloak.accessToken(DemoUser.ALICE_ADMIN);
        String name = "Breakout " + UUID.randomUUID();
        String strategy = JSONObjectUtils.parse(TradingApiClient.send("POST", "/strategies", token, "{\"name\":\"" + name + "\"}").body())
                .get("id").toString();
        String account = "Paper desk " + UUID.randomUUID().toString().substring(0, 8);
        PaperAccountFixture.open(Browser.BASE_URL, account);

        try (Browser admin = new Browser()) {
            admin.open("/admin/strategies/webhooks.xhtml");
            admin.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            admin.awaitPresence("strategyForm:strategies");
            admin.driver().findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//a[contains(., 'Open')]")).click();
            admin.awaitPresence("defaultsForm:saveDefaults");

            // the strategy's defaults: 5 units, take profit 3 % above the entry
            admin.choose("defaultsForm:quantityType", "fixed quantity");
            admin.type("defaultsForm:quantity", "5");
            admin.choose("defaultsForm:takeProfitBasis", "percent");
            admin.awaitPresence("defaultsForm:takeProfitValue");
            admin.type("defaultsForm:takeProfitValue", "3");
            admin.driver().findElement(By.id("defaultsForm:saveDefaults")).click();
            admin.awaitText("#defaultsForm\\:defaultsMessages", "Order defaults saved");
            admin.screenshot("admin-subscriptions-strategy-defaults");

            // subscribe the paper account, then edit it
            admin.driver().findElement(By.xpath("//span[@id='subscriptionsForm:subscribe']/a")).click();
            admin.awaitPresence("editForm:account");
            admin.choose("editForm:account", account + " (paper, USD)");
            admin.driver().findElement(By.id("editForm:save")).click();
            admin.awaitText("#subscriptionsForm\\:subscriptions", account);
            admin.driver().findElement(By.xpath("//span[contains(@id, ':edit')]/a")).click();
            admin.awaitPresence("editForm:multiplier");

            admin.type("editForm:multiplier", "0");
            admin.driver().findElement(By.id("editForm:save")).click();
            awaitFieldMessage(admin, "editForm:multiplier", "multiplier must be positive, got 0");
            admin.screenshot("admin-subscription-refused");

            admin.type("editForm:multiplier", "2");
            checkbox(admin, "editForm:useSignalStopLoss");
            checkbox(admin, "editForm:allowAddToPosition");
            admin.choose("editForm:sides", "long only");
            admin.type("editForm:tradingWindows", "mon,tue,wed,thu,fri 09:30-16:00");
            admin.choose("editForm:stopLossType", "stop limit");
            admin.awaitPresence("editForm:stopLossLimitOffset");
            admin.choose("editForm:stopLossBasis", "amount");
            admin.type("editForm:stopLossValue", "1.5");
            admin.type("editForm:stopLossLimitOffset", "0.25");
            admin.screenshot("admin-subscription-edit");
            admin.driver().findElement(By.id("editForm:save")).click();
            admin.awaitText("#subscriptionsForm\\:subscriptions", "stop limit ±1.5, limit +0.25");
            String row = admin.textOf("subscriptionsForm:subscriptions");
            assertTrue(row.contains("×2") && row.contains("long only") && row.contains("add"), row);
            admin.screenshot("admin-subscriptions-table");

            admin.driver().findElement(By.xpath("//div[contains(@id, ':enabled')]//*[contains(@class, 'ui-toggleswitch-slider')]")).click();
            admin.awaitText("#subscriptionsForm\\:subscriptionMessages", "Subscription disabled");
            assertTrue(admin.textOf("subscriptionsForm").contains("0 of 1 enabled"));
            admin.screenshot("admin-subscription-disabled");
        }

        List<Object> subscriptions = JSONArrayUtils.parse(TradingApiClient.send("GET", "/strategies/" + strategy + "/subscriptions", token,
                null).body());
        assertEquals(1, subscriptions.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> saved = (Map<String, Object>) subscriptions.getFirst();
        assertEquals(Boolean.FALSE, saved.get("enabled"));
        String settings = saved.get("settings").toString();
        assertTrue(settings.contains("multiplier=2") && settings.contains("STOP_LIMIT") && settings.contains("LONG_ONLY")
                && settings.contains("Mon-Fri 09:30-16:00"), settings);
        String defaults = TradingApiClient.send("GET", "/strategies/" + strategy + "/defaults", token, null).body();
        assertTrue(defaults.contains("\"quantity\":5") && defaults.contains("\"percent\":3"), defaults);

        try (Browser corporate = new Browser()) {
            corporate.open("/admin/");
            corporate.signInAtKeycloak(DemoUser.CORA_CORPORATE);
            corporate.awaitPresence("homeUser");
            assertEquals(403, corporate.statusOf("/admin/subscriptions/strategy.xhtml?id=" + strategy));
        }
    }



    private static void checkbox(Browser browser, String id) {
        browser.driver().findElement(By.xpath("//div[@id='" + id + "']//div[contains(@class, 'ui-chkbox-box')]")).click();
    }

    private static void awaitFieldMessage(Browser browser, String inputId, String text) {
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//td[.//input[@id='" + inputId
                + "']]//*[contains(@class, 'ap-field-message')]"), text));
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

}
