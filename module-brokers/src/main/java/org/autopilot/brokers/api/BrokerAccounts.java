package org.autopilot.brokers.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Broker accounts: opening them and reading them. Every change is audited as done by the given actor. */
public interface BrokerAccounts {

    /**
     * Opens an account at a connection. On a PAPER connection the account is a paper account and needs positive
     * starting cash and a non-negative slippage; elsewhere both must be null (the broker knows the money).
     *
     * @throws IllegalArgumentException for an unknown connection, a taken name or inconsistent money settings
     */
    BrokerAccountView open(UUID connectionId, String name, String currency, BigDecimal paperStartingCash,
                           BigDecimal paperSlippageBasisPoints, String actor);

    Optional<BrokerAccountView> byId(UUID id);

    /**
     * Starts or stops the account's execution worker. A stopped worker leaves the account's queued work in its
     * queue; starting it again resumes with the oldest message.
     *
     * @throws IllegalArgumentException for an unknown account
     */
    BrokerAccountView setWorkerRunning(UUID id, boolean running, String actor);

    /** All accounts, ordered by name. */
    List<BrokerAccountView> all();
}
