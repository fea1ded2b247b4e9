package org.autopilot.it.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
 * An operator's day with a subscription in approval mode: a manual signal entered in the form waits for approval,
 * is approved on the approvals page and trades; the live dashboard shows the account, and a second approval (over
 * the API) shows up there without reloading the page; from there the operator closes part of the position.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PaperAccountFixture.class);
    }

    @Test
    void aManualSignalWaitsForApprovalTradesTheDashboardFollowsLiveAndAPartialCloseSticks() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String operatorToken = Keycloak.accessToken(DemoUser.OSCAR_OPERATOR);
        Map<String, Object> strategy = JSONObjectUtils.parse(TradingApiClient.send("POST", "/strategies",
                Keycloak.accessToken(DemoUser.ALICE_ADMIN), "{\"name\":\"Approval " + suffix
                        + "\",\"allowedTickers\":[\"AAPL\"]}").body());
        String strategyId = strategy.get("id").toString();
        String accountName = "Approval desk " + suffix;
        UUID account = PaperAccountFixture.open(Browser.BASE_URL, accountName);
        Map<String, Object> subscription = JSONObjectUtils.parse(TradingApiClient.send("POST", "/strategies/" + strategyId
                + "/subscriptions", Keycloak.accessToken(DemoUser.ALICE_ADMIN), "{\"accountId\":\"" + account + "\"}").body());
        HttpResponse<String> mode = TradingApiClient.send("PUT", "/strategies/" + strategyId + "/subscriptions/"
                + subscription.get("id") + "/approval", operatorToken, "{\"required\":true,\"timeoutMinutes\":30}");
        assertEquals(200, mode.statusCode(), mode.body());

        try (Browser operator = new Browser()) {
            operator.open("/admin/signals/manual.xhtml");
            operator.signInAtKeycloak(DemoUser.OSCAR_OPERATOR);
            operator.choose("manualForm:strategy", "Approval " + suffix);
            operator.type("manualForm:ticker", "AAPL");
            operator.type("manualForm:quantity_input", "4");
            operator.click(By.id("manualForm:ticker")); // leaving the field sends the change
            operator.awaitText(".ap-payload", "\"quantity\":4");
            operator.screenshot("manual-signal-form");
            operator.click(By.id("manualForm:submit"));
            operator.click(By.cssSelector(".ui-confirmdialog-yes"));
            operator.awaitUrlContaining("/signals/detail.xhtml");
            operator.awaitAfterReloads("//*[@id='deliveries']", "PENDING_APPROVAL");
            assertTrue(operator.driver().getPageSource().contains("oscar"), "the signal names its operator");

            operator.open("/admin/approvals/index.xhtml");
            operator.awaitText("#approvalsForm\\:pending", accountName);
            operator.screenshot("approvals-pending");
            operator.click(By.xpath("//tr[td[contains(., '" + accountName + "')]]//button[contains(@id, ':approve')]"));
            operator.awaitText("#approvalsForm\\:decided", "APPROVED");

            operator.open("/admin/dashboard/index.xhtml");
            String row = "//*[@id='live:accounts']//tr[td[contains(., '" + accountName + "')]]";
            operator.awaitAfterReloads("//*[@id='live:positions']", accountName);
            assertTrue(operator.driver().findElement(By.xpath(row)).getText().contains("RUNNING"));

            // a second signal, approved over the API while the dashboard stays open: the position grows live
            HttpResponse<String> manual = TradingApiClient.send("POST", "/strategies/" + strategyId + "/manual-signals",
                    operatorToken, "{\"ticker\":\"AAPL\",\"action\":\"add\",\"quantity\":3}");
            assertEquals(200, manual.statusCode(), manual.body());
            String delivery = awaitPendingDelivery(operatorToken, account);
            assertEquals(200, TradingApiClient.send("POST", "/approvals/" + delivery + "/approve", operatorToken, "{}")
                    .statusCode());
            operator.awaitText("#live\\:positions", " 7 ");
            operator.screenshot("dashboard-live");

            // from the dashboard to the account: close 2 of the 7 at market, with a reason
            operator.click(By.linkText(accountName));
            operator.awaitText("#activityForm\\:positions", "AAPL");
            operator.click(By.xpath("//*[@id='activityForm:positions']//button[contains(@id, ':close')]"));
            operator.awaitPresence("closeForm:quantity_input");
            operator.type("closeForm:quantity_input", "2");
            operator.type("closeForm:reason", "take some off");
            operator.screenshot("account-close-dialog");
            operator.click(By.id("closeForm:confirmClose"));
            operator.awaitText("#messages_container", "Closing AAPL at market");
            operator.awaitAfterReloads("//*[@id='activityForm:positions']", "AAPL 5 ");
            operator.screenshot("account-after-close");

            // the account's own risk limits, edited while it trades
            operator.click(By.id("accountActions:editLimits"));
            operator.awaitPresence("limitsForm:maxOrderQuantity_input");
            operator.type("limitsForm:maxOrderQuantity_input", "100");
            operator.type("limitsForm:maxDailyLoss_input", "2500");
            operator.screenshot("account-limits-dialog");
            operator.click(By.id("limitsForm:saveLimits"));
            operator.awaitText("#messages_container", "Risk limits saved");
            HttpResponse<String> limits = TradingApiClient.send("GET", "/risk/limits/ACCOUNT/" + account, operatorToken, null);
            assertTrue(limits.body().contains("\"maxOrderQuantity\":100") && limits.body().contains("\"maxDailyLoss\":2500"),
                    limits.body());
        }
    }

    /** The delivery id of the account's pending approval, once the worker has put it in the queue. */
    private static String awaitPendingDelivery(String token, UUID account) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> JSONArrayUtils.parse(TradingApiClient.send("GET", "/approvals", token, null).body()).stream()
                        .map(item -> (Map<?, ?>) item).filter(a -> account.toString().equals(a.get("accountId")))
                        .map(a -> a.get("deliveryId").toString()).findFirst(), Optional::isPresent).orElseThrow();
    }
}
