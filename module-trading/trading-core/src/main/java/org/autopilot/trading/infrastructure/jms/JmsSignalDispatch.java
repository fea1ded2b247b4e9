package org.autopilot.trading.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.UUID;
import org.autopilot.trading.application.execution.SignalDispatch;

/** Puts accepted signals on the signals queue inside the caller's JTA transaction. */
@ApplicationScoped
public class JmsSignalDispatch implements SignalDispatch {

    @Inject
    JMSContext jms;

    @Resource(lookup = ExecutionQueues.SIGNALS_JNDI)
    Queue signals;

    @Override
    public void accepted(UUID signalId) {
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(ExecutionQueues.SIGNAL_ID, signalId.toString()).send(signals, "");
    }
}
