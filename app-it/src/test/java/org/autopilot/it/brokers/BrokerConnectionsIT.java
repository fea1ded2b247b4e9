package org.autopilot.it.brokers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import java.math.BigDecimal;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.api.BrokerConnectionView;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.Venue;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Brokers persistence inside WildFly: Flyway's broker_connection and broker_account tables, round trips, audited
 * account openings, and refused bad input that stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerConnectionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BrokerConnectionsIT.class);
    }

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerAccounts accounts;

    @Test
    void flywayCreatedTheBrokersTables() {
        assertTrue(InContainer.appliedMigrations("brokers").contains("1"));
    }

    @Test
    void connectionsReadBackAsRegistered() {
        String name = "it-alpaca-" + UUID.randomUUID();
        BrokerConnectionView alpaca = connections.register(name, Venue.ALPACA, URI.create("https://paper-api.alpaca.markets"));
        BrokerConnectionView paper = connections.register("it-paper-" + UUID.randomUUID(), Venue.PAPER, null);

        BrokerConnectionView read = connections.all().stream().filter(c -> c.id().equals(alpaca.id())).findFirst().orElseThrow();
        assertEquals(name, read.name());
        assertEquals(Venue.ALPACA, read.venue());
        assertEquals(URI.create("https://paper-api.alpaca.markets"), read.endpoint());
        assertTrue(read.enabled());
        assertNull(connections.all().stream().filter(c -> c.id().equals(paper.id())).findFirst().orElseThrow().endpoint());
    }

    @Test
    void badConnectionsAreRefusedAndNothingIsStored() {
        int before = connections.all().size();
        assertThrows(IllegalArgumentException.class, () -> connections.register("it-fix-no-endpoint", Venue.FIX, null));
        assertThrows(IllegalArgumentException.class,
                () -> connections.register("it-ftp", Venue.BINANCE, URI.create("ftp://example.test")));
        String taken = "it-taken-" + UUID.randomUUID();
        connections.register(taken, Venue.PAPER, null);
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> connections.register(taken, Venue.PAPER, null));
        assertTrue(duplicate.getMessage().contains("already exists"), duplicate.getMessage());
        assertEquals(before + 1, connections.all().size());
    }

    @Test
    void paperAndLiveAccountsOpenWithTheRightMoneySettings() {
        BrokerConnectionView paper = connections.register("it-paper-venue-" + UUID.randomUUID(), Venue.PAPER, null);
        BrokerConnectionView alpaca = connections.register("it-alpaca-live-" + UUID.randomUUID(), Venue.ALPACA,
                URI.create("https://api.alpaca.markets"));
        BrokerAccountView demo = accounts.open(paper.id(), "it-demo-" + UUID.randomUUID(), "USD", new BigDecimal("100000"),
                new BigDecimal("2.5"), "it-admin");
        assertTrue(demo.paper());
        assertTrue(demo.workerRunning());
        BrokerAccountView read = accounts.byId(demo.id()).orElseThrow();
        assertEquals(new BigDecimal("100000"), read.paperStartingCash().setScale(0));
        assertEquals(new BigDecimal("2.5"), read.paperSlippageBasisPoints());
        assertEquals(paper.id(), read.connectionId());
        BrokerAccountView live = accounts.open(alpaca.id(), "it-live-" + UUID.randomUUID(), "USD", null, null, "it-admin");
        assertTrue(!live.paper());

        int before = accounts.all().size();
        assertThrows(IllegalArgumentException.class, () -> accounts.open(paper.id(), "it-x", "USD", BigDecimal.ZERO,
                BigDecimal.ONE, "it-admin"));
        assertThrows(IllegalArgumentException.class, () -> accounts.open(alpaca.id(), "it-y", "USD",
                new BigDecimal("5"), null, "it-admin"));
        assertThrows(IllegalArgumentException.class, () -> accounts.open(UUID.randomUUID(), "it-z", "USD", null, null,
                "it-admin"));
        assertThrows(IllegalArgumentException.class, () -> accounts.open(paper.id(), demo.name(), "USD",
                BigDecimal.TEN, BigDecimal.ZERO, "it-admin"));
        assertEquals(before, accounts.all().size());
        assertTrue(InContainer.appliedMigrations("brokers").contains("2"));
    }
}
