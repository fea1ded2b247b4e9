package org.autopilot.trading.infrastructure.jms;

import java.util.UUID;

/** Names of the trading queues and the properties their messages carry. */
final class ExecutionQueues {

    static final String DELIVERY_ID = "deliveryId";
    static final String KIND = "kind";
    static final String DELIVER = "deliver";
    static final String RELEASE = "release";

    private ExecutionQueues() {
    }

    /** Each account's own durable queue, created on first use (address settings in server.cli). */
    static String accountQueue(UUID accountId) {
        return "autopilot.account." + accountId;
    }
}
