package org.autopilot.it.browser;

import static org.autopilot.it.api.ApiClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Duration;
import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin reaches a strategy's subscriptions from the webhook strategies list, sets the strategy's order
 * defaults, subscribes a paper account, has an invalid multiplier refused next to its field, saves a stop-limit
 * stop loss and switches the subscription off; the API then reads exactly that. An operator switches it on again
 * from the Subscriptions menu; corporate users get a 403.
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
        String strategy = JSONObjectUtils.parse(send("POST", "/strategies", token, "{\"name\":\"" + name + "\"}").body())
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
            choose(admin, "defaultsForm:quantityType", "fixed quantity");
            type(admin, "defaultsForm:quantity", "5");
            choose(admin, "defaultsForm:takeProfitBasis", "percent");
            admin.awaitPresence("defaultsForm:takeProfitValue");
            type(admin, "defaultsForm:takeProfitValue", "3");
            admin.driver().findElement(By.id("defaultsForm:saveDefaults")).click();
            admin.awaitText("#defaultsForm\\:defaultsMessages", "Order defaults saved");
            admin.screenshot("admin-subscriptions-strategy-defaults");

            // subscribe the paper account, then edit it
            admin.driver().findElement(By.xpath("//span[@id='subscriptionsForm:subscribe']/a")).click();
            admin.awaitPresence("editForm:account");
            choose(admin, "editForm:account", account + " (paper, USD)");
            admin.driver().findElement(By.id("editForm:save")).click();
            admin.awaitText("#subscriptionsForm\\:subscriptions", account);
            admin.driver().findElement(By.xpath("//span[contains(@id, ':edit')]/a")).click();
            admin.awaitPresence("editForm:multiplier");

            type(admin, "editForm:multiplier", "0");
            admin.driver().findElement(By.id("editForm:save")).click();
            awaitFieldMessage(admin, "editForm:multiplier", "multiplier must be positive, got 0");
            admin.screenshot("admin-subscription-refused");

            type(admin, "editForm:multiplier", "2");
            checkbox(admin, "editForm:useSignalStopLoss");
            checkbox(admin, "editForm:allowAddToPosition");
            choose(admin, "editForm:sides", "long only");
            type(admin, "editForm:tradingWindows", "mon,tue,wed,thu,fri 09:30-16:00");
            choose(admin, "editForm:stopLossType", "stop limit");
            admin.awaitPresence("editForm:stopLossLimitOffset");
            choose(admin, "editForm:stopLossBasis", "amount");
            type(admin, "editForm:stopLossValue", "1.5");
            type(admin, "editForm:stopLossLimitOffset", "0.25");
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

        List<Object> subscriptions = JSONArrayUtils.parse(send("GET", "/strategies/" + strategy + "/subscriptions", token,
                null).body());
        assertEquals(1, subscriptions.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> saved = (Map<String, Object>) subscriptions.getFirst();
        assertEquals(Boolean.FALSE, saved.get("enabled"));
        String settings = saved.get("settings").toString();
        assertTrue(settings.contains("multiplier=2") && settings.contains("STOP_LIMIT") && settings.contains("LONG_ONLY")
                && settings.contains("MON,TUE,WED,THU,FRI 09:30-16:00"), settings);
        String defaults = send("GET", "/strategies/" + strategy + "/defaults", token, null).body();
        assertTrue(defaults.contains("\"quantity\":5") && defaults.contains("\"percent\":3"), defaults);

        try (Browser operator = new Browser()) {
            // operators reach the page from the menu and may switch subscriptions too
            operator.open("/admin/subscriptions/index.xhtml");
            operator.signInAtKeycloak(DemoUser.OSCAR_OPERATOR);
            operator.awaitPresence("strategies");
            operator.driver().findElement(By.linkText(name)).click();
            operator.awaitPresence("subscriptionsForm:subscriptions");
            operator.driver().findElement(By.xpath("//div[contains(@id, ':enabled')]//*[contains(@class, 'ui-toggleswitch-slider')]")).click();
            operator.awaitText("#subscriptionsForm\\:subscriptionMessages", "Subscription enabled");
            operator.screenshot("operator-subscription-enabled");
        }
        assertEquals(Boolean.TRUE, JSONObjectUtils.parse(send("GET", "/strategies/" + strategy + "/subscriptions/"
                + saved.get("id"), token, null).body()).get("enabled"));

        try (Browser corporate = new Browser()) {
            corporate.open("/admin/");
            corporate.signInAtKeycloak(DemoUser.CORA_CORPORATE);
            corporate.awaitPresence("homeUser");
            assertEquals(403, corporate.statusOf("/admin/subscriptions/strategy.xhtml?id=" + strategy));
        }
    }

    /** Opens a PrimeFaces select once its widget is ready and picks the option with that label, without animations. */
    private static void choose(Browser browser, String id, String label) {
        wait(browser).until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("if (!window.PrimeFaces"
                + " || !PrimeFaces.getWidgetById(arguments[0])) { return false; } PrimeFaces.animationEnabled = false; return true;", id));
        browser.driver().findElement(By.id(id)).click();
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='" + id + "_panel']//li[@data-label=\""
                + label + "\"]"))).click();
        wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = wait(browser).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
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
