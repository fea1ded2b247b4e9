package org.autopilot.strategy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookStrategyTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void passwordsAreLongRandomAndStoredOnlyAsHash() {
        String a = WebhookPassword.generate();
        String b = WebhookPassword.generate();
        assertEquals(32, a.length(), "24 random bytes, base64url");
        assertNotEquals(a, b);
        String hash = WebhookPassword.hash(a);
        assertFalse(hash.contains(a));
        assertTrue(WebhookPassword.matches(a, hash));
        assertFalse(WebhookPassword.matches(b, hash));
        assertFalse(WebhookPassword.matches(null, hash));
    }

    @Test
    void strategyChecksItsPasswordAndKnowsItsTickers() {
        WebhookStrategy s = WebhookStrategy.create(" EMA cross ", Set.of("MSFT", "AAPL"), Duration.ofMinutes(2), "secret", NOW);
        assertTrue(s.passwordMatches("secret"));
        assertFalse(s.passwordMatches("Secret"));
        assertEquals("EMA cross", s.name());
        assertTrue(s.toView().allows("AAPL"));
        assertFalse(s.toView().allows("TSLA"));
        assertEquals(Duration.ofMinutes(2), s.toView().maxSignalAge());
        assertTrue(WebhookStrategy.create("any", Set.of(), null, "p", NOW).toView().allows("TSLA"),
                "no allowed tickers means every registered instrument");
    }

    @Test
    void badDefinitionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WebhookStrategy.create(" ", Set.of(), null, "p", NOW));
        assertThrows(IllegalArgumentException.class, () -> WebhookStrategy.create("s", Set.of("aapl"), null, "p", NOW));
        assertThrows(IllegalArgumentException.class, () -> WebhookStrategy.create("s", Set.of("A<B"), null, "p", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> WebhookStrategy.create("s", Set.of(), Duration.ZERO, "p", NOW));
    }

    @Test
    void rateLimitsChangeWithinBoundsAndARefusalChangesNothing() {
        WebhookStrategy s = WebhookStrategy.create("s", Set.of(), null, "p", NOW);
        assertEquals(60, s.toView().signalsPerMinute());
        assertEquals(500, s.toView().signalsPerHour());
        s.limitRate(1, 1);
        assertEquals(1, s.toView().signalsPerMinute());
        s.limitRate(1_000_000, 60_000_000);
        assertEquals(60_000_000, s.toView().signalsPerHour());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> s.limitRate(0, 10));
        assertEquals("signals per minute must be 1-1000000, not 0", zero.getMessage());
        IllegalArgumentException hourBelowMinute = assertThrows(IllegalArgumentException.class,
                () -> s.limitRate(10, 9));
        assertEquals("signals per hour must be at least the signals per minute (10) and at most 60000000, not 9",
                hourBelowMinute.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.limitRate(1_000_001, 60_000_000));
        assertThrows(IllegalArgumentException.class, () -> s.limitRate(10, 60_000_001));
        assertEquals(1_000_000, s.toView().signalsPerMinute(), "refusals changed nothing");
        assertEquals(60_000_000, s.toView().signalsPerHour());
    }
}
