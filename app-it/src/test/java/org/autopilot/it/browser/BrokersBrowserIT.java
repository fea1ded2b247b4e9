package org.autopilot.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.autopilot.it.support.Browser;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin registers a paper connection (after a FIX one without endpoint is refused) and opens a paper account on
 * the Brokers page, stops and starts its worker
 * through the confirmation, then registers an instrument and corrects its tick size in the instrument dialog
 * (a refused value is shown next to its field and saves nothing); an operator sees instruments read-only.
 */
@ExtendWith(ArquillianExtension.class)
class BrokersBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void adminOpensAPaperAccountAndStopsAndStartsItsWorker() {
        String connection = "Paper venue " + UUID.randomUUID().toString().substring(0, 8);
        String account = "Paper demo " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser()) {
            admin.open("/admin/brokers/index.xhtml");
            admin.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            admin.awaitPresence("connectionForm:connectionName");
            // a venue reached over the network needs an endpoint: refused next to the field, nothing registered
            admin.type("connectionForm:connectionName", "FIX " + connection);
            choose(admin, "connectionForm:venue", "FIX");
            admin.click(By.id("connectionForm:registerConnection"));
            admin.awaitText("[id='connectionForm:endpoint']", "venue FIX needs an http(s) endpoint, got null");
            admin.screenshot("brokers-connection-refused");
            assertFalse(admin.textOf("connectionsForm:connections").contains("FIX " + connection));

            choose(admin, "connectionForm:venue", "PAPER");
            admin.type("connectionForm:connectionName", connection);
            admin.click(By.id("connectionForm:registerConnection"));
            admin.awaitText("#connectionsForm\\:connections", connection);

            // a refused opening shows why next to the field and stores nothing
            choose(admin, "accountForm:connection", connection);
            admin.click(By.id("accountForm:openAccount"));
            admin.awaitText("#accountForm", "An account needs a name.");
            assertFalse(admin.textOf("accountsForm:accounts").contains(account));

            admin.type("accountForm:accountName", account);
            admin.type("accountForm:startingCash_input", "250000");
            admin.type("accountForm:slippage_input", "1.5");
            admin.click(By.id("accountForm:openAccount"));
            admin.awaitText("#accountsForm\\:accounts", account);
            assertTrue(rowOf(admin, account).getText().contains("250,000.00"), rowOf(admin, account).getText());
            assertTrue(rowOf(admin, account).getText().contains("RUNNING"), rowOf(admin, account).getText());
            admin.screenshot("brokers-account-opened");

            admin.click(By.xpath(rowXpath(account) + "//button[contains(@id, 'stopWorker')]"));
            admin.awaitText(".ui-confirm-dialog", "Orders already queued stay in the queue");
            admin.screenshot("brokers-stop-confirmation");
            admin.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            awaitRow(admin, account, "STOPPED");
            assertTrue(admin.textOf("accountsForm:workerMessages").contains("queued orders stay in the account's queue"));
            admin.screenshot("brokers-worker-stopped");

            admin.click(By.xpath(rowXpath(account) + "//button[contains(@id, 'startWorker')]"));
            admin.awaitText(".ui-confirm-dialog", "resumes with the oldest order");
            admin.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            awaitRow(admin, account, "RUNNING");
        }
    }

    @Test
    void adminRegistersAnInstrumentAndCorrectsItsTickSizeAndSessionsOperatorsOnlyRead() {
        String symbol = "BRW" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Browser admin = new Browser()) {
            admin.open("/admin/instruments/list.xhtml");
            admin.signInAtKeycloak(DemoUser.ALICE_ADMIN);
            admin.click(By.id("instrumentsForm:newInstrument"));
            admin.type("instrumentForm:symbol", symbol.toLowerCase());
            admin.type("instrumentForm:exchangeCode", "xnas");
            chooseFiltered(admin, "instrumentForm:exchangeZone", "New_York", "America/New_York");
            admin.type("instrumentForm:sessions", "mon-fri 09:30-16:00");
            admin.type("instrumentForm:tickSize", "0.01");
            admin.click(By.id("instrumentForm:save"));
            admin.awaitText("#instrumentsForm\\:instruments", symbol);
            assertTrue(rowOf(admin, symbol).getText().contains("XNAS"), "codes are taken in upper case");
            assertTrue(rowOf(admin, symbol).getText().contains("Mon-Fri 09:30-16:00"), "sessions in canonical text");

            admin.click(By.xpath(rowXpath(symbol) + "//button[contains(@id, 'edit')]"));
            admin.type("instrumentForm:tickSize", "-0.05");
            admin.click(By.id("instrumentForm:save"));
            admin.awaitText("#instrumentForm", "tickSize must be positive, got -0.05");
            admin.screenshot("instrument-edit-refused");
            assertTrue(rowOf(admin, symbol).getText().contains("0.01"), "nothing saved on error");

            admin.type("instrumentForm:tickSize", "0.05");
            admin.type("instrumentForm:sessions", "Sun-Thu 9:30-16:00");
            admin.click(By.id("instrumentForm:save"));
            admin.awaitText("#instrumentForm\\:sessionsMessage",
                    "sessions: \"Sun-Thu 9:30-16:00\": times are HH:mm-HH:mm, such as 09:30-16:00, got 9:30-16:00");
            admin.screenshot("instrument-sessions-refused");
            assertTrue(rowOf(admin, symbol).getText().contains("0.01"), "nothing saved on error");

            admin.type("instrumentForm:sessions", "sun-thu 17:00-16:00");
            admin.click(By.id("instrumentForm:save"));
            awaitRow(admin, symbol, "0.05");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("instrumentForm:save")));
            WebElement row = rowOf(admin, symbol);
            assertTrue(row.getText().contains("Sun-Thu 17:00-16:00"), row.getText());
            String state = row.findElement(By.cssSelector(".ap-session-tag")).getAttribute("title");
            assertTrue(row.getText().contains("OPEN") ? state.startsWith("in session")
                    : row.getText().contains("CLOSED") && state.matches("opens \\w{3} \\d{2}:\\d{2} America/New_York"),
                    row.getText() + " / " + state);
            admin.screenshot("instrument-sessions-saved");
        }
        try (Browser operator = new Browser()) {
            operator.open("/admin/instruments/list.xhtml");
            operator.signInAtKeycloak(DemoUser.OSCAR_OPERATOR);
            operator.awaitText("#instrumentsForm\\:instruments", symbol);
            assertFalse(operator.isPresent("instrumentsForm:newInstrument"));
            assertTrue(operator.driver().findElements(By.xpath(rowXpath(symbol) + "//button")).isEmpty(),
                    "operators get no edit button");
            assertTrue(operator.textOf("instrumentsForm").contains("Only administrators change instruments."));
            operator.screenshot("instruments-operator");
        }
    }

    private static String rowXpath(String text) {
        return "//tr[td[contains(., '" + text + "')]]";
    }

    private static WebElement rowOf(Browser browser, String text) {
        return browser.driver().findElement(By.xpath(rowXpath(text)));
    }

    private static void awaitRow(Browser browser, String rowText, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.xpath(rowXpath(rowText)), text));
    }



    /** Picks an option of a PrimeFaces selectOneMenu by its label, and waits until the menu shows it. */
    private static void choose(Browser browser, String id, String label) {
        browser.click(By.id(id));
        // the panel fades in: a click before its transition is done can miss the option
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='" + id + "_panel'].ui-connected-overlay-enter-done")));
        pick(browser, id, label);
    }

    /** The same for a menu with a filter; typing into the filter waits for the panel to be open. */
    private static void chooseFiltered(Browser browser, String id, String filter, String label) {
        browser.click(By.id(id));
        browser.type(id + "_filter", filter);
        pick(browser, id, label);
    }

    private static void pick(Browser browser, String id, String label) {
        browser.click(By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"));
        browser.awaitText("[id='" + id + "_label']", label);
    }
}
