package org.autopilot.it.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.autopilot.it.support.Browser;

/** Calls the REST API of the test server with a bearer token, as a script would. */
public final class ApiClient {

    private static final String API = Browser.BASE_URL + "/trading/api/v1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiClient() {
    }

    /** {@code json} null sends no body. */
    public static HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
