package org.autopilot.trading.infrastructure.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;
import org.autopilot.trading.application.execution.SignalFanOut;

/**
 * Fans accepted signals out to their subscriptions. The message only wakes the fan-out up (it is not persistent; the
 * stored signal without a fan-out mark is the durable record, see {@link org.autopilot.trading.application.execution
 * .SignalDispatch}), so it is consumed outside any transaction and the fan-out runs in its own: a signal without
 * subscriptions commits to the database alone, with no distributed transaction. A fan-out that fails is tried again
 * by the execution sweep; a repeated one finds the signal's fan-out mark and does nothing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ExecutionQueues.SIGNALS_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
