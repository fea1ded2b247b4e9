package org.autopilot.reporting.infrastructure.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.autopilot.reporting.application.AuditChainAppender;

/**
 * The single consumer of the audit queue ({@code maxSession=1}): one writer keeps the hash chain linear.
 * Consumption and the append share one XA transaction, so an event is appended exactly once.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = AuditQueue.JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class AuditEventListener implements MessageListener {

    @Inject
    AuditChainAppender appender;

    @Override
    public void onMessage(Message message) {
        try {
            appender.append(AuditQueue.fromJson(((TextMessage) message).getText()));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable audit message " + messageId(message), e);
        }
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(no id)";
        }
    }
}
