package org.autopilot.reporting.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;

/**
 * Sends audit events as persistent messages with the container's JMS context, so the send is part of the
 * caller's JTA transaction: a rolled-back business change leaves no audit event behind, a committed one
 * always has its event.
 */
@ApplicationScoped
public class JmsAuditTrail implements AuditTrail {

    @Inject
    JMSContext jms;

    @Resource(lookup = AuditQueue.JNDI)
    Queue queue;

    @Override
    public void record(AuditEvent event) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty("eventId", event.eventId().toString())
                .send(queue, AuditQueue.toJson(event));
    }
}
