package org.autopilot.it.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
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
 * An operator chooses to get everything by e-mail in the notification centre; a kill-switch change made elsewhere
 * (over the API) pops up on the open page without a reload, counts on the bell, is listed in the centre, and arrives
 * by e-mail at a real SMTP server (GreenMail, on the port the test server mails to).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aKillSwitchChangeIsPushedLiveListedAndMailed() throws Exception {
        int port = Integer.getInteger("autopilot.it.smtp-port", 3225);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Browser operator = new Browser()) {
            operator.open("/admin/notifications/index.xhtml");
            operator.signInAtKeycloak(DemoUser.OSCAR_OPERATOR);
            operator.choose("preferencesForm:byEmail", "everything");
            operator.type("preferencesForm:email", "not an address");
            operator.click(By.id("preferencesForm:savePreferences"));
            operator.awaitText("#preferencesForm", "not an e-mail address");
            operator.type("preferencesForm:email", "oscar@autopilot.example");
            operator.click(By.id("preferencesForm:savePreferences"));
            operator.awaitText("#messages_container", "Notification preferences saved");

            String reason = "notification drill " + UUID.randomUUID();
            String account = UUID.randomUUID().toString();
            assertEquals(200, TradingApiClient.send("PUT", "/kill-switches/BROKER_ACCOUNT/" + account,
                    Keycloak.accessToken(DemoUser.ALICE_ADMIN),
                    "{\"state\":\"HALTED\",\"reason\":\"" + reason + "\"}").statusCode());

            operator.awaitText("#liveNotifications_container", reason);
            assertTrue(operator.driver().findElement(By.id("liveNotifications_container")).getText()
                    .contains("broker account kill switch HALTED"));
            assertTrue(Integer.parseInt(operator.driver().findElement(By.id("bellCount")).getText()) >= 1);
            operator.screenshot("notification-live");

            operator.open("/admin/notifications/index.xhtml");
            operator.awaitText("#centreForm\\:latest", reason);
            operator.screenshot("notification-centre");

            MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> GreenMailUtil.getBody(m).contains(reason)).findFirst(), Optional::isPresent).orElseThrow();
            assertTrue(mail.getSubject().contains("kill switch HALTED"), mail.getSubject());
            // recipients are in Bcc, so not in the headers: GreenMail keeps a mailbox per address it delivered to
            assertTrue(smtp.getUserManager().getUserByEmail("oscar@autopilot.example") != null, "delivered to oscar");
        } finally {
            smtp.stop();
        }
    }
}
