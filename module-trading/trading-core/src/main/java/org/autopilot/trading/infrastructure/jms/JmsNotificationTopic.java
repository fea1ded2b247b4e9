package org.autopilot.trading.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Topic;
import org.autopilot.trading.api.NotificationView;
import org.autopilot.trading.application.notify.NotificationTopic;

/** Publishes notifications persistently inside the caller's JTA transaction (the XA connection factory). */
@ApplicationScoped
public class JmsNotificationTopic implements NotificationTopic {

    @Inject
    JMSContext jms;

    @Resource(lookup = NotificationMessages.TOPIC)
    Topic topic;

    @Override
    public void publish(NotificationView notification) {
        MapMessage message = jms.createMapMessage();
        try {
            NotificationMessages.write(notification, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, message);
    }
}
