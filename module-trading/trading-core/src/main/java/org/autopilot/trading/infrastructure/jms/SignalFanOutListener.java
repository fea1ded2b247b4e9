package org.autopilot.trading.infrastructure.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;
import org.autopilot.trading.application.execution.SignalFanOut;

/** Fans accepted signals out to their subscriptions; consumption and fan-out share one XA transaction. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ExecutionQueues.SIGNALS_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class SignalFanOutListener implements MessageListener {

    @Inject
    SignalFanOut fanOut;

    @Override
    public void onMessage(Message message) {
        try {
            fanOut.fanOut(UUID.fromString(message.getStringProperty(ExecutionQueues.SIGNAL_ID)));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable signal message", e);
        }
    }
}
