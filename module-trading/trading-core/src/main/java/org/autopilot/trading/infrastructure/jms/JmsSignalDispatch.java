package org.autopilot.trading.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.trading.application.TransactionOutcome;
import org.autopilot.trading.application.execution.SignalDispatch;

/**
 * Puts stored signals on the signals queue after their transaction committed, from a managed thread outside any
 * transaction, as non-persistent messages: the database has the signal, and the execution sweep re-sends it if the
 * message is lost, so the queue need not write (and sync) its journal for it.
 */
@ApplicationScoped
public class JmsSignalDispatch implements SignalDispatch {

    private static final Logger LOG = Logger.getLogger(JmsSignalDispatch.class.getName());

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connections;

    @Resource(lookup = ExecutionQueues.SIGNALS_JNDI)
    Queue signals;

    @Override
    public void accepted(UUID signalId) {
        TransactionOutcome.afterCommit(transaction, () -> handOver(signalId));
    }

    private void handOver(UUID signalId) {
        try {
            executor.execute(() -> send(signalId));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "signal " + signalId + " not handed to the fan-out (server stopping); the sweep will");
        }
    }

    private void send(UUID signalId) {
        try (JMSContext jms = connections.createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setProperty(ExecutionQueues.SIGNAL_ID, signalId.toString()).send(signals, "");
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "signal " + signalId + " not handed to the fan-out now; the execution sweep will", e);
        }
    }
}
