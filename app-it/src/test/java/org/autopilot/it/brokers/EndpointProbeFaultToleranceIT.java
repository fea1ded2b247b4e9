package org.autopilot.it.brokers;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.autopilot.brokers.api.EndpointHealth;
import org.autopilot.brokers.api.EndpointProbe;
import org.autopilot.it.support.Deployments;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MicroProfile Fault Tolerance inside WildFly, against a stub venue (a local HTTP server that fails on command):
 * transient 503s are retried, a dead venue opens the circuit breaker so calls fail fast without reaching it, and
 * the breaker closes again once the venue recovers.
 */
@ExtendWith(ArquillianExtension.class)
class EndpointProbeFaultToleranceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(EndpointProbeFaultToleranceIT.class);
    }

    @Inject
    EndpointProbe probe;

    @Test
    void retriesTransientFailuresThenBreaksOnADeadVenueAndRecovers() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        AtomicInteger failuresLeft = new AtomicInteger(2);
        HttpServer venue = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        venue.createContext("/v2/clock", exchange -> {
            hits.incrementAndGet();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        venue.start();
        URI endpoint = URI.create("http://127.0.0.1:" + venue.getAddress().getPort() + "/v2/clock");
        try {
            EndpointHealth health = probe.probe(endpoint);
            assertEquals(200, health.httpStatus());
            assertEquals(3, hits.get(), "two 503s retried, third attempt answered");

            // the venue dies: the first probe fails (its retries may already meet the opening breaker) ...
            failuresLeft.set(Integer.MAX_VALUE);
            RuntimeException dead = assertThrows(RuntimeException.class, () -> probe.probe(endpoint));
            assertTrue(dead instanceof UncheckedIOException || dead instanceof CircuitBreakerOpenException, dead.toString());
            // ... and with 3 of the last 4 attempts failed the breaker is open
            assertThrows(CircuitBreakerOpenException.class, () -> probe.probe(endpoint));
            int hitsWhenOpen = hits.get();
            assertThrows(CircuitBreakerOpenException.class, () -> probe.probe(endpoint));
            assertEquals(hitsWhenOpen, hits.get(), "an open breaker does not call the venue");

            failuresLeft.set(0);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> probe.probe(endpoint).httpStatus() == 200);
            assertTrue(hits.get() > hitsWhenOpen, "after the delay the breaker lets a trial call through");
        } finally {
            venue.stop(0);
        }
    }
}
