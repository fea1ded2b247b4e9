package org.autopilot.it.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.it.support.Browser;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.Keycloak;
import org.autopilot.it.support.TradingApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An admin searches the audit trail by an action prefix, gets a bookmarkable URL, reads a bad time back as a
 * precise message, and downloads exactly the filtered rows as CSV with the browser's session. Investors and
 * anonymous callers get no CSV.
 */
@ExtendWith(ArquillianExtension.class)
class AuditBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HEADER = "sequence,occurred_at_utc,actor,action,subject_type,subject_id,reason,"
            + "before,after,previous_hash,entry_hash";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void adminFiltersByActionPrefixAndExportsTheRowsAsCsv() throws Exception {
        String name = "Audit " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = TradingApiClient.send("POST", "/strategies",
                Keycloak.accessToken(DemoUser.ALICE_ADMIN), "{\"name\":\"" + name + "\",\"allowedTickers\":[\"AAPL\"]}");
        assertEquals(201, created.statusCode(), created.body());
        String strategy = JSONObjectUtils.parse(created.body()).get("id").toString();

        try (Browser admin = new Browser()) {
            admin.open("/admin/audit/index.xhtml");
            admin.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            admin.awaitPresence("filters:action");
            admin.screenshot("audit-page-unfiltered");
            admin.type("filters:action", "strategy.");
            admin.click(By.id("filters:search"));
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.driver().getCurrentUrl().contains("?"));
            assertEquals(Browser.BASE_URL + "/admin/audit/index.xhtml?action=strategy.&limit=200",
                    admin.driver().getCurrentUrl(), "the search is a bookmark");
            // the strategy's audit entry is appended asynchronously (JMS)
            admin.awaitAfterReloads("//*[@id='entries']", strategy);
            String table = admin.driver().findElement(By.id("entries_data")).getText();
            assertTrue(table.contains("strategy.created") && table.contains("name=" + name), table);
            for (String action : column(admin, 4)) {
                assertTrue(action.startsWith("strategy."), "only actions starting with strategy.: " + action);
            }
            admin.screenshot("audit-page");

            String href = admin.driver().findElement(By.xpath("//a[contains(@href, 'export.csv')]"))
                    .getDomAttribute("href");
            assertEquals("/admin/audit/export.csv?action=strategy.&limit=200", href);
            HttpResponse<String> csv = get(href, cookiesOf(admin));
            assertEquals(200, csv.statusCode(), csv.body());
            String type = csv.headers().firstValue("Content-Type").orElseThrow();
            assertTrue(type.startsWith("text/csv") && type.toLowerCase().contains("charset=utf-8"), type);
            assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow()
                    .matches("attachment; filename=audit-\\d{8}T\\d{6}Z\\.csv"), csv.headers().map().toString());
            List<String> lines = csv.body().lines().toList();
            assertEquals(HEADER, lines.getFirst());
            String row = lines.stream().filter(l -> l.contains(strategy)).findFirst().orElseThrow(() ->
                    new AssertionError("no CSV row for strategy " + strategy + ":\n" + csv.body()));
            assertTrue(row.matches("\\d+,\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z,alice,strategy\\.created,webhook-strategy,"
                    + strategy + ",new webhook strategy,,\"name=" + name + ", allowedTickers=\\[AAPL\\].*\","
                    + "[0-9a-f]{64},[0-9a-f]{64}"), row);
            String shown = admin.driver().findElement(By.id("entries:found")).getText();
            // a record ends with its two hashes; a value's line breaks stay inside its record
            long records = lines.stream().filter(l -> l.matches(".*,[0-9a-f]{64},[0-9a-f]{64}")).count();
            assertEquals(shown.substring(0, shown.indexOf(' ')), Long.toString(records),
                    "the export holds exactly the rows found: " + shown);

            admin.click(By.id("verifyForm:verify"));
            admin.awaitText(".ui-growl-message", "Audit chain verification started");

            admin.type("filters:from", "yesterday");
            admin.click(By.id("filters:search"));
            admin.awaitText("#filterMessages", "from: 'yesterday' is not a UTC date-time; write yyyy-MM-dd HH:mm[:ss]");
            assertEquals(400, get(admin.driver().findElement(By.xpath("//a[contains(@href, 'export.csv')]"))
                    .getDomAttribute("href"), cookiesOf(admin)).statusCode());
        }
    }

    @Test
    void investorsAndAnonymousCallersGetNoCsv() throws Exception {
        HttpResponse<String> anonymous = get("/admin/audit/export.csv", "");
        assertEquals(302, anonymous.statusCode(), "anonymous callers are sent to sign in");
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().startsWith(Keycloak.REALM),
                anonymous.headers().map().toString());
        assertFalse(anonymous.body().contains("entry_hash"));

        try (Browser investor = new Browser()) {
            investor.open("/portal/");
            investor.signInAtKeycloak(DemoUser.IVAN_INVESTOR);
            investor.awaitUrl("/portal/");
            investor.open("/admin/");
            investor.awaitPresence("forbidden");
            assertEquals(403, investor.statusOf("/admin/audit/export.csv"));
            HttpResponse<String> csv = get("/admin/audit/export.csv", cookiesOf(investor));
            assertEquals(403, csv.statusCode());
            assertFalse(csv.body().contains("entry_hash"));
        }
    }

    /** The texts of one column of the audit table's rows (1-based). */
    private static List<String> column(Browser browser, int index) {
        return browser.driver().findElements(By.xpath("//tbody[@id='entries_data']/tr/td[" + index + "]")).stream()
                .map(cell -> cell.getText().strip()).toList();
    }

    private static String cookiesOf(Browser browser) {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
