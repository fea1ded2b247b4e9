package org.autopilot.trading.infrastructure.jms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.autopilot.trading.application.execution.AccountQueue;

/**
 * Sends work to an account's own queue inside the caller's JTA transaction. Each account's {@link Queue} is created
 * once and kept: a queue created by name is looked up on the broker, and a destination sent to for the first time is
 * checked there too, two blocking round trips per message that took a fan-out to 100 accounts 55 to 100 ms. Account
 * queues are never deleted (address settings in server.cli).
 */
@ApplicationScoped
public class JmsAccountQueue implements AccountQueue {

    private final Map<UUID, Queue> destinations = new ConcurrentHashMap<>();

    @Inject
    JMSContext jms;

    @Override
    public void deliver(UUID accountId, UUID deliveryId) {
        send(accountId, deliveryId, ExecutionQueues.DELIVER);
    }

    @Override
    public void release(UUID accountId, UUID deliveryId) {
        send(accountId, deliveryId, ExecutionQueues.RELEASE);
    }

    private void send(UUID accountId, UUID deliveryId, String kind) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(ExecutionQueues.KIND, kind)
                .setProperty(ExecutionQueues.DELIVERY_ID, deliveryId.toString())
                .send(destination(accountId), "");
    }

    private Queue destination(UUID accountId) {
        return destinations.computeIfAbsent(accountId, id -> jms.createQueue(ExecutionQueues.accountQueue(id)));
    }
}
