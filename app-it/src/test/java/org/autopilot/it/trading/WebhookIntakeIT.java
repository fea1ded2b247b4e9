package org.autopilot.it.trading;

import static org.autopilot.it.support.Webhooks.post;
import static org.autopilot.it.support.Webhooks.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.strategy.api.WebhookStrategies;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The webhook endpoint over real HTTP inside WildFly: a strategy created through the strategy module's api, then
 * signals posted to /trading/webhook/{uuid}/{password}. Accepted signals are stored with their request record;
 * every refusal has the contract's status and message code, is recorded, and stores no signal.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIntakeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BUY_AAPL = "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":10,\"price\":191.25}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(WebhookIntakeIT.class);
    }

    @Inject
    WebhookStrategies strategies;

    private WebhookSecret secret;

    @BeforeEach
    void createStrategy() {
        secret = strategies.create("it-webhook-" + UUID.randomUUID(), Set.of("AAPL", "MSFT", "NOSUCH"),
                Duration.ofMinutes(5), "it-admin");
    }

    @Test
    void acceptedSignalIsStoredBeforeThe200() throws Exception {
        HttpResponse<String> response = post(secret.path(), BUY_AAPL, "text/plain", null);
        assertEquals(200, response.statusCode(), response.body());
        var json = jakarta.json.Json.createReader(new StringReader(response.body())).readObject();
        assertTrue(json.getBoolean("success"));
        String id = json.getString("id");
        assertEquals("AAPL", json.getJsonObject("payload").getString("ticker"));
        assertEquals(List.of("buy"), InContainer.column("select action from received_signal where id = ?", id));
        assertEquals(List.of("200"), InContainer.column("select http_status from webhook_request where signal_id = ?", id));
    }

    @Test
    void retryWithTheSameIdempotencyKeyReplaysTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(secret.path(), BUY_AAPL, "application/json", key);
        HttpResponse<String> retry = post(secret.path(), BUY_AAPL, "application/json", key);
        assertEquals(200, retry.statusCode());
        assertEquals(first.body(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(List.of("1"), InContainer.column(
                "select count(*) from received_signal where idempotency_key = ?", key));
    }

    @Test
    void refusalsCarryTheContractsCodesAndStoreNoSignal() throws Exception {
        long before = signalCount();
        String wrongPassword = "/trading/webhook/" + secret.id() + "/not-the-password";
        assertRefused(post(wrongPassword, BUY_AAPL, "application/json", null), 400, "invalid-password");
        assertRefused(post("/trading/webhook/" + UUID.randomUUID() + "/x", BUY_AAPL, "application/json", null), 404,
                "unknown-strategy");
        assertRefused(post("/trading/webhook/not-a-uuid/x", BUY_AAPL, "application/json", null), 404, "unknown-strategy");
        assertRefused(post(secret.path(), "{\"ticker\":\"AAPL\",", "application/json", null), 400, "malformed-json");
        assertRefused(post(secret.path(), "", "application/json", null), 400, "empty-json");
        assertRefused(post(secret.path(), "{\"ticker\":\"AAPL\",\"action\":\"hodl\"}", "application/json", null), 400,
                "invalid-action");
        assertRefused(post(secret.path(), "{\"ticker\":\"TSLA\",\"action\":\"buy\"}", "application/json", null), 400,
                "unsupported-ticker");
        assertRefused(post(secret.path(), "{\"ticker\":\"NOSUCH\",\"action\":\"buy\"}", "application/json", null), 400,
                "ticker-does-not-exist");
        assertRefused(post(secret.path(), "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"time\":\""
                + Instant.now().minusSeconds(600) + "\"}", "application/json", null), 400, "signal-expired");
        assertRefused(post(secret.path(), "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"pad\":\"" + "x".repeat(70_000)
                + "\"}", "application/json", null), 400, "invalid-message-length");
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(url(secret.path())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(get, 400, "post-required");

        assertEquals(before, signalCount(), "no refused request may create a signal");
        assertEquals(List.of("1"), InContainer.column("select count(*) from webhook_request where strategy_id = ?"
                + " and message_code = 'invalid-password'", secret.id().toString()));
        assertTrue(InContainer.column("select body from webhook_request where message_code = 'invalid-password'"
                + " and strategy_id = ?", secret.id().toString()).getFirst().contains("AAPL"));
    }

    @Test
    void sixtyFirstSignalWithinAMinuteIsRefusedWith429() throws Exception {
        for (int i = 0; i < 60; i++) {
            assertEquals(200, post(secret.path(), BUY_AAPL, "application/json", null).statusCode());
        }
        assertRefused(post(secret.path(), BUY_AAPL, "application/json", null), 429, "too-many-requests");
        assertEquals(List.of("60"), InContainer.column("select count(*) from received_signal where strategy_id = ?",
                secret.id().toString()));
    }

    @Test
    void strategyThatRequiresSignaturesRefusesUnsignedStaleAndForgedRequests() throws Exception {
        String signingSecret = strategies.requireSignatures(secret.id(), "it-admin");
        long now = Instant.now().getEpochSecond();
        assertRefused(post(secret.path(), BUY_AAPL, "application/json", null), 401, "invalid-signature");
        assertRefused(signed(BUY_AAPL, "msg_1", now - 600, sign(signingSecret, "msg_1", now - 600, BUY_AAPL)), 401,
                "invalid-signature");
        assertRefused(signed(BUY_AAPL, "msg_2", now, sign(signingSecret, "msg_2", now, BUY_AAPL.replace("10", "99"))),
                401, "invalid-signature");
        HttpResponse<String> ok = signed(BUY_AAPL, "msg_3", now, sign(signingSecret, "msg_3", now, BUY_AAPL));
        assertEquals(200, ok.statusCode(), ok.body());
        HttpResponse<String> redelivery = signed(BUY_AAPL, "msg_3", now, sign(signingSecret, "msg_3", now, BUY_AAPL));
        assertEquals("true", redelivery.headers().firstValue("Idempotent-Replayed").orElse(""),
                "webhook-id doubles as the idempotency key");
    }

    @Test
    void concurrentRequestsWithOneIdempotencyKeyStoreOneSignalAndAllGetItsAnswer() {
        String key = "race-" + UUID.randomUUID();
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inFlight.add(HTTP.sendAsync(HttpRequest.newBuilder(url(secret.path())).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(BUY_AAPL)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = inFlight.stream().map(CompletableFuture::join).toList();
        for (HttpResponse<String> answer : answers) {
            assertEquals(200, answer.statusCode(), answer.body());
        }
        assertEquals(1, answers.stream().map(HttpResponse::body).distinct().count(), "one signal, one answer");
        assertEquals(7, answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isPresent()).count());
        assertEquals(List.of("1"), InContainer.column("select count(*) from received_signal where strategy_id = ?"
                + " and idempotency_key = ?", secret.id().toString(), key));
        assertEquals(List.of("8"), InContainer.column("select count(*) from webhook_request where strategy_id = ?"
                + " and http_status = 200", secret.id().toString()), "every request is logged, replays too");
    }

    @Test
    void webhookIdIsTheIdempotencyKeyWhenNoIdempotencyKeyIsSent() throws Exception {
        String webhookId = "msg_" + UUID.randomUUID();
        HttpResponse<String> first = withHeaders(BUY_AAPL, "webhook-id", webhookId);
        HttpResponse<String> redelivery = withHeaders(BUY_AAPL, "webhook-id", webhookId);
        assertEquals(200, redelivery.statusCode(), redelivery.body());
        assertEquals(first.body(), redelivery.body());
        assertEquals("true", redelivery.headers().firstValue("Idempotent-Replayed").orElse(""));
        HttpResponse<String> ownKey = withHeaders(BUY_AAPL, "webhook-id", webhookId, "Idempotency-Key",
                "own-" + UUID.randomUUID());
        assertTrue(ownKey.headers().firstValue("Idempotent-Replayed").isEmpty(), "Idempotency-Key comes first");
        assertRefused(withHeaders(BUY_AAPL, "Idempotency-Key", "k".repeat(201)), 400, "invalid-idempotency-key");
        assertEquals(List.of("2"), InContainer.column("select count(*) from received_signal where strategy_id = ?",
                secret.id().toString()));
    }

    @Test
    void hostileInputIsRefusedWithTheContractsCodesStoresNothingAndLeavesTheServerHealthy() throws Exception {
        WebhookSecret any = strategies.create("it-hostile-" + UUID.randomUUID(), Set.of(), null, "it-admin");
        long before = signalCount();
        String buy = "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":";
        String ticker = "{\"action\":\"buy\",\"ticker\":";
        List<List<String>> cases = List.of(
                List.of("invalid-message-length", "{\"ticker\":\"AAPL\",\"pad\":\"" + "x".repeat(1 << 20) + "\"}"),
                List.of("malformed-json", "[".repeat(60_000)),
                List.of("malformed-json", "ticker=AAPL&action=buy"),
                List.of("malformed-json", "{\"ticker\":\"AA\u0007PL\",\"action\":\"buy\"}"),
                List.of("invalid-payload", "[{\"ticker\":\"AAPL\",\"action\":\"buy\"}]"),
                List.of("invalid-payload", "null"),
                List.of("empty-json", ""),
                List.of("empty-json", " \n\t "),
                List.of("invalid-quantity", buy + "{\"value\":1}}"),
                List.of("invalid-quantity", buy + "[1]}"),
                List.of("invalid-quantity", buy + "\"abc\"}"),
                List.of("invalid-quantity", buy + "-5}"),
                List.of("invalid-quantity", buy + "1e999999}"),
                List.of("invalid-payload", ticker + "5}"),
                List.of("invalid-action", "{\"ticker\":\"AAPL\",\"action\":[\"buy\"]}"),
                List.of("unsupported-ticker", ticker + "\"AA\\u0000PL\"}"),
                List.of("unsupported-ticker", ticker + "\"AAPL'; DROP TABLE received_signal;--\"}"),
                List.of("unsupported-ticker", ticker + "\"<script>alert(1)</script>\"}"),
                List.of("unsupported-ticker", ticker + "\"AAPL\\u202E\"}"),
                List.of("ticker-does-not-exist", ticker + "\"ZZZZ9\"}"));
        for (List<String> hostile : cases) {
            HttpResponse<String> answer = post(any.path(), hostile.get(1), "application/json", null);
            assertRefused(answer, 400, hostile.get(0));
            assertFalse(answer.body().contains("<script>") || answer.body().contains("DROP"), answer.body());
        }
        HttpResponse<String> notUtf8 = HTTP.send(HttpRequest.newBuilder(url(any.path()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'})).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(notUtf8, 400, "malformed-json");
        for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
            assertRefused(HTTP.send(HttpRequest.newBuilder(url(any.path())).method(method,
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()), 400, "post-required");
        }

        assertEquals(before, signalCount(), "no hostile request may create a signal");
        assertEquals(List.of(Integer.toString(cases.size() + 5)), InContainer.column(
                "select count(*) from webhook_request where strategy_id = ? and http_status = 400", any.id().toString()),
                "every hostile request is logged");
        HttpResponse<String> healthy = post(any.path(), BUY_AAPL, "text/plain", null);
        assertEquals(200, healthy.statusCode(), healthy.body());
    }

    private HttpResponse<String> withHeaders(String body, String... headers) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(secret.path())).headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signed(String body, String id, long timestamp, String signature) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(secret.path())).header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String secret, String id, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)),
                "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static long signalCount() {
        return Long.parseLong(InContainer.column("select count(*) from received_signal").getFirst());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"messageCode\":\"" + code + "\""), response.body());
        assertTrue(response.body().contains("\"success\":false"), response.body());
    }
}
