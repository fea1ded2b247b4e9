package org.autopilot.it.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.spec.SecretKeySpec;

/** The test Keycloak (realm autopilot from db/keycloak): tokens, TOTP codes and admin calls. */
public final class Keycloak {

    public static final String URL = System.getProperty("autopilot.it.keycloak-url", "http://localhost:8380");
    public static final String REALM = URL + "/realms/autopilot";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /** Current TOTP code for a secret as Keycloak computes it (key = UTF-8 bytes of the stored secret). */
    public static String totp(String secret) {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"), Instant.now());
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An access token from the autopilot-cli client (password grant; staff also send their TOTP code). */
    public static String accessToken(DemoUser user) {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("grant_type", "password",
                "client_id", "autopilot-cli", "username", user.username(), "password", user.password()));
        if (user.totpSecret() != null) {
            form.put("totp", totp(user.totpSecret()));
        }
        return post(REALM + "/protocol/openid-connect/token", form, null).get("access_token").toString();
    }

    /** Token of the master realm's bootstrap admin, for test set-up through the admin API. */
    public static String adminToken() {
        return post(URL + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin"), null).get("access_token").toString();
    }

    /** Sends a JSON body to the admin API of realm autopilot; returns the status code. */
    public static int adminPost(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/admin/realms/autopilot" + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return send(request).statusCode();
    }

    /** Posts a form, optionally with HTTP basic client credentials, and parses the JSON answer. */
    public static Map<String, Object> post(String url, Map<String, String> form, String basicAuth) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (basicAuth != null) {
            request.header("Authorization", "Basic " + basicAuth);
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
