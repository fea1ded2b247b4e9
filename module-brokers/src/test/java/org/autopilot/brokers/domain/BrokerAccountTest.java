package org.autopilot.brokers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.autopilot.brokers.api.Venue;
import org.junit.jupiter.api.Test;

class BrokerAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final BrokerConnection PAPER = BrokerConnection.open("paper", Venue.PAPER, null, NOW);

    @Test
    void paperMoneySettingsAreKeptExactly() {
        BrokerAccount account = BrokerAccount.open(PAPER, "demo", "USD", new BigDecimal("100000.12345678"),
                new BigDecimal("2.5000"), NOW);
        assertEquals(new BigDecimal("100000.12345678"), account.toView().paperStartingCash());
        assertEquals(new BigDecimal("2.5"), account.toView().paperSlippageBasisPoints());
    }

    @Test
    void moneySettingsTheTableWouldRoundAreRefused() {
        assertEquals("starting cash has at most 8 decimals, got 100000.123456789", assertThrows(
                IllegalArgumentException.class, () -> BrokerAccount.open(PAPER, "demo", "USD",
                        new BigDecimal("100000.123456789"), BigDecimal.ONE, NOW)).getMessage());
        assertEquals("slippage has at most 4 decimals of a basis point, got 1.00001", assertThrows(
                IllegalArgumentException.class, () -> BrokerAccount.open(PAPER, "demo", "USD", BigDecimal.TEN,
                        new BigDecimal("1.00001"), NOW)).getMessage());
    }
}
