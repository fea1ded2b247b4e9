package org.autopilot.brokers.api;

import java.util.UUID;

/**
 * The gateway of each broker account. A gateway's calls answer synchronously; the reports a venue produces on
 * its own afterwards (price-triggered fills, expiries, bracket legs, OCO cancels) are sent as persistent
 * messages to {@link ExecutionReports#QUEUE_JNDI}, in the venue's own transaction.
 */
public interface BrokerGateways {

    /**
     * The gateway of an account. Its calls run in the venue's own transaction: what the venue accepted stays
     * accepted even when the caller's transaction rolls back, just like at a remote broker.
     *
     * @throws IllegalArgumentException for an unknown account or one whose venue has no adapter yet
     */
    BrokerGateway forAccount(UUID accountId);
}
