package org.autopilot.brokers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Instant;
import org.autopilot.brokers.api.Venue;
import org.junit.jupiter.api.Test;

class BrokerConnectionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.123456789Z");

    @Test
    void paperVenueNeedsNoEndpoint() {
        BrokerConnection paper = BrokerConnection.open("  Paper  ", Venue.PAPER, null, NOW);
        assertEquals("Paper", paper.name());
        assertNull(paper.toView().endpoint());
        assertEquals(Instant.parse("2026-03-01T10:00:00.123456Z"), paper.toView().createdAt());
    }

    @Test
    void networkVenuesNeedAnHttpEndpoint() {
        assertThrows(IllegalArgumentException.class, () -> BrokerConnection.open("fix", Venue.FIX, null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> BrokerConnection.open("alpaca", Venue.ALPACA, URI.create("file:///etc/passwd"), NOW));
        assertThrows(IllegalArgumentException.class,
                () -> BrokerConnection.open("alpaca", Venue.ALPACA, URI.create("https:relative"), NOW));
        assertEquals(URI.create("https://api.alpaca.markets"), BrokerConnection.open("alpaca", Venue.ALPACA,
                URI.create("https://api.alpaca.markets"), NOW).toView().endpoint());
    }

    @Test
    void nameIsRequiredAndBounded() {
        assertThrows(IllegalArgumentException.class, () -> BrokerConnection.open(" ", Venue.PAPER, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> BrokerConnection.open("x".repeat(81), Venue.PAPER, null, NOW));
    }
}
