package org.autopilot.trading.infrastructure.jms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import java.util.UUID;
import org.autopilot.trading.application.execution.AccountQueue;

/** Sends work to an account's own queue inside the caller's JTA transaction. */
@ApplicationScoped
public class JmsAccountQueue implements AccountQueue {

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
                .send(jms.createQueue(ExecutionQueues.accountQueue(accountId)), "");
    }
}
