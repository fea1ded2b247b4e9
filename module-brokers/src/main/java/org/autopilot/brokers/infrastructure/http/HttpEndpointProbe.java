package org.autopilot.brokers.infrastructure.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.autopilot.brokers.api.EndpointHealth;
import org.autopilot.brokers.api.EndpointProbe;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Probes a venue with an HTTP GET. Policies, outermost first:
 * <ul>
 * <li>{@code @Retry}: the GET changes nothing at the venue, so a transport failure or a 5xx is retried twice
 * after 100 ms; other answers are results, not failures.</li>
 * <li>{@code @CircuitBreaker}: when half of the last 4 attempts failed the breaker opens for 5 s and calls fail
 * at once with {@code CircuitBreakerOpenException}, sparing threads on a dead venue.</li>
 * <li>{@code @Timeout}: an attempt that takes more than 2 s counts as failed.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEndpointProbe implements EndpointProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    @Retry(maxRetries = 2, delay = 100, retryOn = UncheckedIOException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    public EndpointHealth probe(URI endpoint) {
        long start = System.nanoTime();
        HttpResponse<Void> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(endpoint).GET().timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("venue " + endpoint + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while probing " + endpoint, e));
        }
        if (response.statusCode() >= 500) {
            throw new UncheckedIOException(new IOException("venue " + endpoint + " answered " + response.statusCode()));
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        return new EndpointHealth(true, response.statusCode(), latency, "HTTP " + response.statusCode());
    }
}
