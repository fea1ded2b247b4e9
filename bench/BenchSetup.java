import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Benchmark set-up over the REST API as alice (admin, password grant of client autopilot-cli with her TOTP code):
 * one strategy without subscriptions (intake latency) and one strategy subscribed by N paper accounts (fan-out,
 * throughput). Writes shell assignments (INTAKE_ID, INTAKE_PATH, FANOUT_ID, FANOUT_PATH, ACCOUNT_IDS) to the output.
 *
 * Usage: java bench/BenchSetup.java <base-url> <keycloak-url> <accounts> <output-file>
 */
public class BenchSetup {
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String api = args[0] + "/trading/api/v1";
        String keycloak = args[1];
        int accounts = Integer.parseInt(args[2]);
        String token = token(keycloak);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String intake = post(api + "/strategies", token, "{\"name\":\"bench-intake-" + suffix
                + "\",\"allowedTickers\":[\"AAPL\"],\"maxSignalAgeSeconds\":null}");
        String fanout = post(api + "/strategies", token, "{\"name\":\"bench-fanout-" + suffix
                + "\",\"allowedTickers\":[\"AAPL\"],\"maxSignalAgeSeconds\":null}");
        // the defaults (60/min, 500/h) would refuse most benchmark signals: the highest limits allowed
        for (String strategy : List.of(intake, fanout)) {
            send("PUT", api + "/strategies/" + id(strategy) + "/rate-limit", token,
                    "{\"perMinute\":1000000,\"perHour\":60000000}");
        }
        String connection = id(post(api + "/broker-connections", token, "{\"name\":\"bench-" + suffix
                + "\",\"venue\":\"PAPER\"}"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String account = id(post(api + "/broker-accounts", token, "{\"connectionId\":\"" + connection
                    + "\",\"name\":\"bench-" + suffix + "-" + i + "\",\"currency\":\"USD\",\"startingCash\":100000000,"
                    + "\"slippageBasisPoints\":1}"));
            post(api + "/strategies/" + id(fanout) + "/subscriptions", token, "{\"accountId\":\"" + account
                    + "\",\"settings\":{\"useSignalQuantity\":true,\"useSignalOrderType\":true,\"useSignalTimeInForce\":true,"
                    + "\"useSignalPrices\":true,\"useSignalTakeProfit\":true,\"useSignalStopLoss\":true,\"orderDefaults\":{},"
                    + "\"multiplier\":1,\"sides\":\"BOTH\",\"sideSwapping\":true,\"subtractExitQuantity\":true,"
                    + "\"allowAddToPosition\":true,\"cancelOpenOrders\":false,\"tradingWindows\":\"\","
                    + "\"allowExitsOutsideWindows\":true}}");
            ids.add(account);
        }
        Files.writeString(Path.of(args[3]), "INTAKE_ID=" + id(intake) + "\nINTAKE_PATH=" + path(intake)
                + "\nFANOUT_ID=" + id(fanout) + "\nFANOUT_PATH=" + path(fanout)
                + "\nACCOUNT_IDS=" + String.join(",", ids) + "\n");
        System.out.println("set up: 2 strategies, " + accounts + " paper accounts subscribed to " + id(fanout));
    }

    static String token(String keycloak) throws Exception {
        String form = "grant_type=password&client_id=autopilot-cli&username=alice&password=alice-dev-pass&totp="
                + URLEncoder.encode(totp("AutopilotAliceTotp01"), StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/autopilot/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    /** RFC 6238 TOTP (SHA-1, 30 s, 6 digits); Keycloak's key is the UTF-8 bytes of the stored secret. */
    static String totp(String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        long step = System.currentTimeMillis() / 30_000;
        byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        int o = h[h.length - 1] & 0xf;
        int code = ((h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff)) % 1_000_000;
        return String.format("%06d", code);
    }

    static String post(String url, String token, String json) throws Exception {
        return send("POST", url, token, json);
    }

    static String send(String method, String url, String token, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    static String path(String json) {
        return json.replaceAll(".*\"webhookPath\":\"([^\"]+)\".*", "$1");
    }
}
