package org.autopilot.it.trading;

import static org.autopilot.it.support.Webhooks.post;
import static org.autopilot.it.support.Webhooks.url;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.strategy.api.WebhookSourceLimits;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.trading.api.WebhookLockoutView;
import org.autopilot.trading.api.WebhookLockouts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The webhook's guards over real HTTP inside WildFly: wrong passwords lock a strategy's webhook (kept in the
 * database) until it expires or an admin lifts it, and source limits refuse requests from other addresses
 * (these tests post from 127.0.0.1). Every refusal is logged and creates nothing else.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookGuardsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BUY_AAPL = "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":1}";
    private static final String TRUSTED_PROXIES = "autopilot.webhook.trusted-proxies";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(WebhookGuardsIT.class);
    }

    @Inject
    WebhookStrategies strategies;

    @Inject
    WebhookLockouts lockouts;

    private WebhookSecret secret;
    private String wrongPassword;

    @BeforeEach
    void createStrategy() {
        secret = strategies.create("it-guards-" + UUID.randomUUID(), Set.of("AAPL"), null, "it-admin");
        wrongPassword = "/trading/webhook/" + secret.id() + "/not-the-password";
    }

    @Test
    void tenWrongPasswordsLockTheWebhookUntilAnAdminLiftsIt() throws Exception {
        for (int i = 0; i < 9; i++) {
            assertRefused(post(wrongPassword, BUY_AAPL, "application/json", null), 400, "invalid-password");
        }
        assertEquals(9, lockouts.status(secret.id()).wrongPasswords());
        assertEquals(200, post(secret.path(), BUY_AAPL, "text/plain", null).statusCode(), "nine do not lock");

        assertRefused(post(wrongPassword, BUY_AAPL, "application/json", null), 400, "invalid-password");
        HttpResponse<String> locked = post(secret.path(), BUY_AAPL, "text/plain", null);
        assertRefused(locked, 429, "locked-out");
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertRefused(post(wrongPassword, BUY_AAPL, "application/json", null), 429, "locked-out");

        WebhookLockoutView status = lockouts.status(secret.id());
        assertTrue(status.locked());
        assertEquals(10, status.wrongPasswords());
        assertEquals(Duration.ofMinutes(15), Duration.between(status.lockedAt(), status.lockedUntil()));
        assertEquals(List.of("1"), InContainer.column("select count(*) from webhook_lockout where strategy_id = ?"
                + " and cleared_at is null", secret.id().toString()), "the lock-out is a database row: it survives restarts and holds for every thread");
        assertEquals(List.of("1"), strategySignals(), "only the signal before the lock-out");
        assertEquals(List.of("2"), InContainer.column("select count(*) from webhook_request where strategy_id = ?"
                + " and message_code = 'locked-out' and http_status = 429", secret.id().toString()));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> lockouts.clear(secret.id(), " ", "it-admin"))
                .getMessage().contains("say why"));
        WebhookLockoutView lifted = lockouts.clear(secret.id(), "sender's URL fixed", "it-admin");
        assertFalse(lifted.locked());
        // MariaDB 10.x through Connector/J keeps whole seconds (README): a failure in the second of the lifting
        // would not count there, so the next attempt comes in the next second
        long liftedSecond = Instant.now().getEpochSecond();
        await().pollInterval(Duration.ofMillis(50)).until(() -> Instant.now().getEpochSecond() > liftedSecond);
        assertEquals(200, post(secret.path(), BUY_AAPL, "text/plain", null).statusCode());
        assertRefused(post(wrongPassword, BUY_AAPL, "application/json", null), 400, "invalid-password");
        assertFalse(lockouts.status(secret.id()).locked(), "the failures before the lifting do not count again");
        assertEquals(1, lockouts.status(secret.id()).wrongPasswords());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> lockouts.clear(secret.id(), "again", "it-admin")).getMessage().contains("is not locked out"));
        awaitAudit("webhook.locked-out");
        awaitAudit("webhook.lockout-cleared");
    }

    @Test
    void requestsFromOutsideTheSourceLimitsAreRefusedLoggedAndCreateNothing() throws Exception {
        strategies.limitSources(secret.id(), List.of(), true, "TradingView alerts only", "it-admin");
        assertRefused(post(secret.path(), BUY_AAPL, "text/plain", null), 403, "not-trading-view");
        assertRefused(forwardedFor("52.89.214.238"), 403, "not-trading-view");
        assertRefused(post(wrongPassword, BUY_AAPL, "text/plain", null), 403, "not-trading-view");
        assertEquals(0, lockouts.status(secret.id()).wrongPasswords(), "foreign sources cannot lock the webhook out");

        strategies.limitSources(secret.id(), List.of("10.0.0.0/8", "2001:db8::/32"), true, null, "it-admin");
        assertRefused(post(secret.path(), BUY_AAPL, "text/plain", null), 403, "invalid-ip-address");
        assertEquals(List.of("0"), strategySignals());
        assertEquals(List.of("4"), InContainer.column("select count(*) from webhook_request where strategy_id = ?"
                + " and http_status = 403 and remote_address = '127.0.0.1'", secret.id().toString()));

        WebhookSourceLimits before = strategies.sourceLimits(secret.id());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> strategies.limitSources(
                secret.id(), List.of("127.0.0.1", "localhost"), false, null, "it-admin"));
        assertTrue(invalid.getMessage().startsWith("allowed source 2: 'localhost' is not an IPv4 address"),
                invalid.getMessage());
        assertEquals(before, strategies.sourceLimits(secret.id()), "a refused change changes nothing");

        WebhookSourceLimits local = strategies.limitSources(secret.id(), List.of("127.0.0.0/8", "::1/128"), false,
                "local sender", "it-admin");
        assertEquals(List.of("127.0.0.0/8", "::1"), local.allowedSources());
        assertEquals(200, post(secret.path(), BUY_AAPL, "text/plain", null).statusCode());
        assertEquals(List.of("1"), strategySignals());
        awaitAudit("strategy.sources-limited");
    }

    @Test
    void onlyBehindATrustedProxyDoesTheForwardedClientAddressCount() throws Exception {
        strategies.limitSources(secret.id(), List.of(), true, null, "it-admin");
        System.setProperty(TRUSTED_PROXIES, "127.0.0.1, ::1");
        try {
            HttpResponse<String> fromTradingView = forwardedFor("52.89.214.238");
            assertEquals(200, fromTradingView.statusCode(), fromTradingView.body());
            assertRefused(forwardedFor("198.51.100.7"), 403, "not-trading-view");
            assertEquals(List.of("198.51.100.7"), InContainer.column("select remote_address from webhook_request"
                    + " where strategy_id = ? and http_status = 403", secret.id().toString()));
        } finally {
            System.clearProperty(TRUSTED_PROXIES);
        }
        assertRefused(forwardedFor("52.89.214.238"), 403, "not-trading-view");
    }

    private HttpResponse<String> forwardedFor(String client) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(secret.path())).header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(BUY_AAPL)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> strategySignals() {
        return InContainer.column("select count(*) from received_signal where strategy_id = ?", secret.id().toString());
    }

    private void awaitAudit(String action) {
        await().atMost(InContainer.PATIENCE).until(() -> !InContainer.column("select sequence_no from audit_entry"
                + " where action = ? and subject_id = ?", action, secret.id().toString()).isEmpty());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"messageCode\":\"" + code + "\""), response.body());
        assertTrue(response.body().contains("\"success\":false"), response.body());
    }
}
