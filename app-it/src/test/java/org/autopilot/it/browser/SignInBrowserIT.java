package org.autopilot.it.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autopilot.it.support.Browser;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Deployments;
import org.openqa.selenium.By;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end in headless Chromium against the deployed EAR and the test Keycloak: staff sign in with password
 * and TOTP, investors with a password, each lands on their home page and menu for their roles, an investor is
 * refused /admin with 403, sign-out ends the single sign-on session, and sign-ins are audited and counted in
 * the Prometheus metrics.
 */
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

    private static final Pattern APPENDED = Pattern.compile("^autopilot_audit_entries_appended_total\\{[^}]*} ([0-9.E]+)$",
            Pattern.MULTILINE);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void adminSignsInWithPasswordAndTotpAndLandsOnTheAdminHome() {
        try (Browser browser = new Browser()) {
            browser.open("/admin/");
            browser.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            browser.awaitUrl("/admin/");
            assertEquals("alice", browser.textOf("homeUsername"));
            assertTrue(browser.textOf("homeRoles").contains("admin"), browser.textOf("homeRoles"));
            assertEquals("ACTIVE", browser.textOf("platformState"));
            assertTrue(browser.isPresent("menuForm:menuBatch"), "admins see the batch menu");
            // the sign-in is audited asynchronously (JMS): it shows on the home page's trail shortly after
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                browser.open("/admin/");
                return browser.textOf("recentActivity").contains("user.signed-in");
            });
            browser.screenshot("admin-home");

            browser.open("/admin/batch/jobs.xhtml");
            browser.awaitPresence("jobsForm:verifyAudit");
            browser.driver().findElement(By.id("jobsForm:verifyAudit")).click();
            browser.awaitText(".ui-growl-message", "Audit chain verification started");
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                browser.open("/admin/batch/jobs.xhtml");
                return browser.textOf("jobsForm:verifications").contains("INTACT");
            });
            browser.screenshot("admin-batch-jobs");
        }
    }

    @Test
    void operatorDoesNotSeeTheBatchAreaAndIsRefusedIt() {
        try (Browser browser = new Browser()) {
            browser.open("/admin/");
            browser.signInAtKeycloak(DemoUser.OSCAR_OPERATOR);
            browser.awaitUrl("/admin/");
            assertEquals("oscar", browser.textOf("homeUsername"));
            assertFalse(browser.isPresent("menuForm:menuBatch"), "operators do not see the batch menu");
            assertEquals(403, browser.statusOf("/admin/batch/jobs.xhtml"));

            // signing out ends both the application and the Keycloak session: the next visit asks again
            browser.driver().findElement(By.id("signOut")).click();
            browser.awaitPresence("kc-form-login");
            browser.open("/admin/");
            browser.awaitPresence("kc-form-login");
        }
    }

    @Test
    void investorSignsInToThePortalAndIsRefusedTheAdminApplication() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            browser.signInAtKeycloak(DemoUser.IVAN_INVESTOR);
            browser.awaitUrl("/portal/");
            assertEquals("ivan", browser.textOf("homeUsername"));
            browser.screenshot("portal-home");

            // single sign-on: Keycloak knows ivan already, /admin gets him without a form and must refuse him
            browser.open("/admin/");
            browser.awaitUrl("/admin/");
            assertTrue(browser.textOf("forbidden").startsWith("403"));
            assertEquals("ivan", browser.textOf("forbiddenUser"));
            assertEquals(403, browser.statusOf("/admin/"));
            browser.screenshot("admin-403-for-investor");
        }
    }

    @Test
    void signInIsAuditedAndCountedInPrometheusMetrics() {
        double before = appendedAuditEntries();
        try (Browser browser = new Browser()) {
            browser.open("/admin/");
            browser.signInAtKeycloak(DemoUser.BELLA_BATCH);
            browser.awaitUrl("/admin/");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> appendedAuditEntries() > before);
    }

    private static double appendedAuditEntries() {
        String metrics;
        try {
            metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(System.getProperty("autopilot.it.metrics-url"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Matcher m = APPENDED.matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
