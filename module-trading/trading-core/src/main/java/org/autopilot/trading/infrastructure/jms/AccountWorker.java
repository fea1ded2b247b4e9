package org.autopilot.trading.infrastructure.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.trading.application.execution.DeliveryProcessor;

/**
 * The one consumer of an account's queue: takes a message, lets {@link DeliveryProcessor} do its work in a JTA
 * transaction, then acknowledges it (transacted session). A crash between the two redelivers the message, and the
 * processor recognises work already done. A message that keeps failing is retried with a growing pause (only this
 * account waits) and after {@value #MAX_ATTEMPTS} attempts its delivery is marked failed with the reason.
 * <p>
 * When deliveries queue up (a burst of signals), the worker plans and sends up to {@value #BATCH} of them, in queue
 * order, in one transaction and acknowledges them together: one commit instead of one each. Only first deliveries
 * are batched; a batch that fails is rolled back, and its messages come back redelivered and are then handled one at
 * a time, so a failing delivery is retried and counted on its own.
 */
final class AccountWorker implements Runnable {

    static final int MAX_ATTEMPTS = 5;
    /**
     * Most deliveries in one transaction. Measured with 100 queued signals per account (two runs 35 minutes apart):
     * 25 cost 2.3 server + 0.9 database CPU ms per order, 10 cost 2.5 + 1.0; a batch holds its permit for about
     * 25 orders' work (50 to 100 ms).
     */
    static final int BATCH = 25;
    private static final Logger LOG = Logger.getLogger(AccountWorker.class.getName());
    /**
     * How long a receive waits before the worker looks at its stop flag again. Every idle worker wakes this often:
     * with 100 accounts, 250 ms cost the idle server about 75 CPU ms per second in receives that found nothing,
     * 2 s about a quarter of that. A stop takes effect within this time.
     */
    static final long POLL_MILLIS = 2000;

    private final UUID accountId;
    private final ConnectionFactory connections;
    private final DeliveryProcessor processor;
    private final Semaphore processing;
    private volatile boolean running = true;
    private volatile boolean ended;

    /** {@code processing}: permits shared by all workers, bounding how many hold database connections at once. */
    AccountWorker(UUID accountId, ConnectionFactory connections, DeliveryProcessor processor, Semaphore processing) {
        this.accountId = accountId;
        this.connections = connections;
        this.processor = processor;
        this.processing = processing;
    }

    /** Asks the worker to stop; it ends within {@link #POLL_MILLIS}, leaving unprocessed messages in the queue. */
    void stop() {
        running = false;
    }

    boolean running() {
        return running;
    }

    /** Whether the thread has ended: until then, a stopped worker may still hold a message it will roll back. */
    boolean ended() {
        return ended;
    }

    @Override
    public void run() {
        try {
            consume();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "account " + accountId + ": worker ended unexpectedly; the next reconcile restarts it", e);
        } finally {
            running = false; // a worker that ended for any reason is restarted by the reconcile if it should run
            ended = true;
        }
    }

    private void consume() {
        while (running) {
            try (JMSContext jms = connections.createContext(JMSContext.SESSION_TRANSACTED);
                 JMSConsumer consumer = jms.createConsumer(jms.createQueue(ExecutionQueues.accountQueue(accountId)))) {
                while (running) {
                    Message message = consumer.receive(POLL_MILLIS);
                    if (message != null && !running) {
                        jms.rollback(); // stopped while waiting: the message stays in the queue for the next worker
                    } else if (message != null) {
                        long backoff = handleWithPermit(jms, consumer, message);
                        pause(backoff);
                    }
                }
            } catch (JMSRuntimeException e) {
                if (Thread.currentThread().isInterrupted() || interrupted(e)) {
                    return; // the server is shutting down
                }
                LOG.log(Level.WARNING, "account " + accountId + ": queue connection lost, reconnecting", e);
                pause(1000);
            }
        }
    }

    /**
     * Processes the message, and the first deliveries queued behind it, holding a processing permit; answers how long
     * to pause (outside the permit).
     */
    private long handleWithPermit(JMSContext jms, JMSConsumer consumer, Message message) {
        processing.acquireUninterruptibly();
        try {
            if (!batchable(message)) {
                return handle(jms, message);
            }
            List<Message> batch = new ArrayList<>(List.of(message));
            Message next = consumer.receiveNoWait();
            while (next != null && batchable(next)) {
                batch.add(next);
                next = batch.size() < BATCH ? consumer.receiveNoWait() : null;
            }
            if (batch.size() == 1 && next == null) {
                return handle(jms, message);
            }
            if (!deliverAll(jms, batch)) {
                return 0; // rolled back: the messages come back redelivered and are handled one by one
            }
            if (next == null) {
                jms.commit();
                return 0;
            }
            return handle(jms, next); // its commit acknowledges the batch too
        } finally {
            processing.release();
        }
    }

    /** A first delivery of a "deliver" message; everything else is handled on its own. */
    private static boolean batchable(Message message) {
        try {
            return !message.getJMSRedelivered()
                    && ExecutionQueues.DELIVER.equals(message.getStringProperty(ExecutionQueues.KIND))
                    && message.getStringProperty(ExecutionQueues.DELIVERY_ID) != null;
        } catch (JMSException e) {
            return false;
        }
    }

    private boolean deliverAll(JMSContext jms, List<Message> batch) {
        List<UUID> deliveryIds = new ArrayList<>();
        try {
            for (Message m : batch) {
                deliveryIds.add(UUID.fromString(m.getStringProperty(ExecutionQueues.DELIVERY_ID)));
            }
            processor.deliverAll(deliveryIds);
            return true;
        } catch (Exception e) { // checked ones too: a failed commit comes as jakarta.transaction.RollbackException
            LOG.log(Level.WARNING, "account " + accountId + ": a batch of " + batch.size()
                    + " deliveries failed and is retried one by one: " + rootMessage(e), e);
            jms.rollback();
            return false;
        }
    }

    private long handle(JMSContext jms, Message message) {
        UUID deliveryId = null;
        int attempt = 1;
        try {
            deliveryId = UUID.fromString(message.getStringProperty(ExecutionQueues.DELIVERY_ID));
            attempt = message.getIntProperty("JMSXDeliveryCount");
            if (ExecutionQueues.RELEASE.equals(message.getStringProperty(ExecutionQueues.KIND))) {
                processor.release(deliveryId);
            } else {
                processor.deliver(deliveryId, message.getJMSRedelivered());
            }
            jms.commit();
            return 0;
        } catch (Exception e) { // checked ones too: a failed commit comes as jakarta.transaction.RollbackException
            String reason = rootMessage(e);
            LOG.log(Level.WARNING, "account " + accountId + ": delivery " + deliveryId + " attempt " + attempt
                    + " failed: " + reason, e);
            if (attempt >= MAX_ATTEMPTS && deliveryId != null && failed(deliveryId, attempt, reason)) {
                jms.commit();
                return 0;
            }
            jms.rollback();
            return 200L * attempt * attempt;
        }
    }

    /** Records that the delivery failed; if even that fails, the message stays to be tried again. */
    private boolean failed(UUID deliveryId, int attempt, String reason) {
        try {
            processor.fail(deliveryId, "gave up after " + attempt + " attempts: " + reason);
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "account " + accountId + ": delivery " + deliveryId + " could not be marked failed", e);
            return false;
        }
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean interrupted(Throwable e) {
        return root(e) instanceof InterruptedException;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = root(e);
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
