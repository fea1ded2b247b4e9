package org.autopilot.it.support;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Posts webhook bodies to this server's own HTTP port, as TradingView would (used inside the container). */
public final class Webhooks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Webhooks() {
    }

    public static HttpResponse<String> post(String path, String body, String contentType, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a JSON signal that must be accepted; answers the signal's id. */
    public static UUID accept(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, json, "application/json", null);
        if (response.statusCode() != 200) {
            throw new AssertionError("webhook answered " + response.statusCode() + ": " + response.body());
        }
        return UUID.fromString(Json.createReader(new StringReader(response.body())).readObject().getString("id"));
    }

    /** This server's own HTTP port (the test server runs with a port offset). */
    public static URI url(String path) {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
