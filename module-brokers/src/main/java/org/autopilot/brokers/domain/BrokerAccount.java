package org.autopilot.brokers.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.Venue;

/**
 * An account at a broker connection. Guarantees: a unique name, an ISO currency, and money settings that match
 * the venue — paper accounts have positive starting cash (at most 8 decimals) and non-negative slippage (at most 4
 * decimals of a basis point), stored exactly; live accounts have neither.
 */
@Entity
@Cacheable
@Table(name = "broker_account")
public class BrokerAccount {

    @Id
    private UUID id;

    @Column(name = "connection_id", nullable = false, updatable = false)
    private UUID connectionId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String mode;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "paper_starting_cash", precision = 24, scale = 8, updatable = false)
    private BigDecimal paperStartingCash;

    @Column(name = "paper_slippage_bps", precision = 10, scale = 4)
    private BigDecimal paperSlippageBps;

    @Column(name = "worker_state", nullable = false)
    private String workerState;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BrokerAccount() {
    }

    public static BrokerAccount open(BrokerConnection connection, String name, String currency,
                                     BigDecimal startingCash, BigDecimal slippageBps, Instant now) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("account name must be 1-80 characters");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got " + currency);
        }
        boolean paper = connection.toView().venue() == Venue.PAPER;
        if (paper && (startingCash == null || startingCash.signum() <= 0)) {
            throw new IllegalArgumentException("a paper account needs positive starting cash");
        }
        if (paper && (slippageBps == null || slippageBps.signum() < 0)) {
            throw new IllegalArgumentException("a paper account needs a slippage of zero or more basis points");
        }
        if (paper && startingCash.stripTrailingZeros().scale() > 8) {
            throw new IllegalArgumentException("starting cash has at most 8 decimals, got " + startingCash.toPlainString());
        }
        if (paper && slippageBps.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("slippage has at most 4 decimals of a basis point, got "
                    + slippageBps.toPlainString());
        }
        if (!paper && (startingCash != null || slippageBps != null)) {
            throw new IllegalArgumentException("only paper accounts take starting cash and slippage");
        }
        BrokerAccount a = new BrokerAccount();
        a.id = UUID.randomUUID();
        a.connectionId = connection.toView().id();
        a.name = name.strip();
        a.mode = paper ? "PAPER" : "LIVE";
        a.currency = currency;
        a.paperStartingCash = startingCash;
        a.paperSlippageBps = slippageBps;
        a.workerState = "RUNNING";
        a.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        return a;
    }

    public void setWorkerRunning(boolean running) {
        workerState = running ? "RUNNING" : "STOPPED";
    }

    public String name() {
        return name;
    }

    public BrokerAccountView toView() {
        return new BrokerAccountView(id, connectionId, name, "PAPER".equals(mode), currency,
                paperStartingCash == null ? null : paperStartingCash.stripTrailingZeros(),
                paperSlippageBps == null ? null : paperSlippageBps.stripTrailingZeros(), "RUNNING".equals(workerState),
                createdAt);
    }
}
