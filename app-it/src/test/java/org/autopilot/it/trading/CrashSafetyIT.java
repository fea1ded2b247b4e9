package org.autopilot.it.trading;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autopilot.it.support.DemoUser;
import org.autopilot.it.support.Keycloak;
import org.autopilot.it.support.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the whole path from webhook to broker: a burst of signals is posted while the server is killed
 * with SIGKILL; after a restart, and after the senders retried what went unanswered (same Idempotency-Key, as a
 * well-behaved client does), every signal that got a 200 was processed exactly once. "Exactly once" is checked
 * against the paper venue's own order log: one SUBMIT per order, no order Autopilot does not know, none missing.
 * Runs its own WildFly (port offset 500) on a file database (or the MariaDB of the mysql profile).
 */
class CrashSafetyIT {

    private static final int OFFSET = 500;
    private static final int SENDERS = 6;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    /** Replaced after the restart: a client whose server was killed may keep broken connections. */
    private HttpClient http = newClient();

    /** Idempotency key -> signal id of every request that got a 200. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Idempotency keys of requests whose answer never came (connection refused or reset). */
    private final Map<String, String> unanswered = new ConcurrentHashMap<>();
    /** Answers that refused a valid signal: there must be none. */
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyAcknowledgedSignalIsProcessedExactlyOnceAcrossAKill9() throws Exception {
        String dbUrl = databaseUrl();
        ServerProcess.delete(Path.of(System.getProperty("jboss.home")).resolveSibling("crash-db"));
        ServerProcess server = ServerProcess.prepare("crash-server", OFFSET, Map.of("AUTOPILOT_DB_URL", dbUrl,
                "AUTOPILOT_PAPER_TICK_MS", "1000"));
        server.start();
        try {
            String webhook = server.baseUrl() + setUp(server.baseUrl() + "/trading/api/v1");
            String account = lastAccountId;

            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            for (int i = 0; i < SENDERS; i++) {
                senders.submit(() -> {
                    // a sender stops at its first unanswered request and retries it once the server is back
                    while (sending.get() && unanswered.isEmpty()) {
                        send(webhook, UUID.randomUUID().toString());
                    }
                });
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 30);
            server.kill9();
            int atKill = acknowledged.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> !unanswered.isEmpty()); // the senders noticed
            sending.set(false);
            senders.shutdown();
            assertTrue(senders.awaitTermination(30, TimeUnit.SECONDS));

            server.start();
            http = newClient();
            // a well-behaved sender retries what went unanswered, with the same key, until it gets an answer
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                List.copyOf(unanswered.keySet()).forEach(key -> send(webhook, key));
                return unanswered.isEmpty();
            });
            assertTrue(refusals.isEmpty(), "valid signals refused: " + refusals);

            try (Connection db = DriverManager.getConnection(dbUrl, dbUser(), dbPassword())) {
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(
                        () -> count(db, "select count(*) from signal_delivery where account_id = ? and status = 'SENT'",
                                account) == acknowledged.size());
                // anything that would still arrive twice would arrive now: the venue's count stays put
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> count(db,
                        "select count(*) from paper_log where account_id = ? and kind = 'SUBMIT'", account)
                        == acknowledged.size());
                verify(db, account, atKill);
            }
        } finally {
            server.stop();
        }
    }

    private void verify(Connection db, String account, int atKill) throws SQLException {
        Set<String> stored = new HashSet<>(list(db, "select d.signal_id from signal_delivery d where d.account_id = ?",
                account));
        assertEquals(new HashSet<>(acknowledged.values()), stored,
                "exactly the acknowledged signals were delivered (" + atKill + " acknowledged before the kill)");
        assertEquals(acknowledged.size(), count(db, "select count(*) from signal_delivery where account_id = ?", account),
                "one delivery per signal");
        assertEquals(acknowledged.size(), count(db,
                "select count(*) from trade_order where account_id = ? and status = 'FILLED'", account), "one filled order per signal");
        assertEquals(acknowledged.size(), count(db,
                "select count(*) from paper_log where account_id = ? and kind = 'SUBMIT'", account),
                "the venue received one order per signal");
        assertEquals(0, count(db, "select count(*) from (select client_order_id from paper_log where account_id = ?"
                + " and kind = 'SUBMIT' group by client_order_id having count(*) > 1) twice", account), "no order twice");
        assertEquals(0, count(db, "select count(*) from trade_order o where o.account_id = ? and not exists (select 1"
                + " from paper_log l where l.account_id = o.account_id and l.client_order_id = o.client_order_id"
                + " and l.kind = 'SUBMIT')", account), "no order missing at the venue");
        assertEquals(acknowledged.size(), count(db,
                "select coalesce(sum(quantity), 0) from account_position where account_id = ?", account),
                "Autopilot's position is one share per signal");
        assertEquals(acknowledged.size(), count(db,
                "select coalesce(sum(quantity), 0) from paper_position where account_id = ?", account),
                "the venue's position agrees");
    }

    private void send(String webhook, String key) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(webhook))
                    .timeout(Duration.ofSeconds(10)).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":1}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() == 200 && id.find()) {
                acknowledged.put(key, id.group(1));
                unanswered.remove(key);
            } else if (response.statusCode() >= 500 || response.statusCode() == 404) {
                // the server is going down or not deployed yet: no answer about the signal
                unanswered.put(key, response.statusCode() + " " + response.body());
            } else {
                refusals.add(response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            unanswered.put(key, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String lastAccountId;

    /** A strategy, a paper account and a subscription that adds to the position; returns the webhook path. */
    private String setUp(String api) throws IOException, InterruptedException {
        String token = Keycloak.accessToken(DemoUser.ALICE_ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String strategy = post(api + "/strategies", token, "{\"name\":\"crash-" + suffix
                + "\",\"allowedTickers\":[\"AAPL\"],\"maxSignalAgeSeconds\":null}");
        String connection = post(api + "/broker-connections", token, "{\"name\":\"crash-" + suffix
                + "\",\"venue\":\"PAPER\"}");
        String account = post(api + "/broker-accounts", token, "{\"connectionId\":\"" + id(connection)
                + "\",\"name\":\"crash-" + suffix + "\",\"currency\":\"USD\",\"startingCash\":100000000,"
                + "\"slippageBasisPoints\":1}");
        lastAccountId = id(account);
        String strategyId = id(strategy);
        post(api + "/strategies/" + strategyId + "/subscriptions", token, "{\"accountId\":\"" + lastAccountId
                + "\",\"settings\":{\"useSignalQuantity\":true,\"useSignalOrderType\":true,\"useSignalTimeInForce\":true,"
                + "\"useSignalPrices\":true,\"useSignalTakeProfit\":true,\"useSignalStopLoss\":true,\"orderDefaults\":{},\"multiplier\":1,"
                + "\"sides\":\"BOTH\",\"sideSwapping\":true,\"subtractExitQuantity\":true,\"allowAddToPosition\":true,"
                + "\"cancelOpenOrders\":false,\"tradingWindows\":\"\",\"allowExitsOutsideWindows\":true}}");
        return strategy.replaceAll(".*\"webhookPath\":\"([^\"]+)\".*", "$1");
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private String post(String url, String token, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, url + ": " + response.body());
        return response.body();
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        assertTrue(m.find(), "no id in " + json);
        return m.group(1);
    }

    private static String databaseUrl() {
        String configured = System.getProperty("autopilot.it.db-url", "jdbc:h2:mem:");
        if (!configured.startsWith("jdbc:h2:")) {
            return configured;
        }
        // the server and this test both open the file; the first becomes its TCP server (H2 mixed mode)
        Path file = Path.of(System.getProperty("jboss.home")).resolveSibling("crash-db").resolve("autopilot");
        return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    }

    private static String dbUser() {
        return System.getenv().getOrDefault("AUTOPILOT_DB_USER", databaseUrl().startsWith("jdbc:h2:") ? "sa" : "autopilot");
    }

    private static String dbPassword() {
        return System.getenv().getOrDefault("AUTOPILOT_DB_PASSWORD", databaseUrl().startsWith("jdbc:h2:") ? "sa" : "autopilot");
    }

    private static long count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).longValueExact();
            }
        }
    }

    private static List<String> list(Connection db, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1).trim());
                }
            }
        }
        return values;
    }
}
