package org.autopilot.reporting.infrastructure.jms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.application.AuditChainAppender;

/**
 * The single consumer of the audit queue: one writer keeps the hash chain linear. It takes the events waiting in the
 * queue, up to {@value #BATCH} at a time, appends them in one database transaction, and only then acknowledges them
 * (a transacted JMS session, not XA). A crash between the two redelivers the batch, and the appender skips events
 * already in the chain, so every event is appended exactly once. One transaction per batch instead of one XA
 * transaction per event is what lets the trail keep up with sustained trading: per-event appends drained about 50
 * events/s, far below the rate at which orders produce them.
 * <p>
 * An unreadable message is moved to the dead-letter queue {@code DLQ} with the batch (kept for inspection, never
 * appended); a batch that cannot be appended (database unreachable) stays in the queue and is tried again after a
 * growing pause.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditQueueConsumer implements Runnable {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditQueueConsumer.class.getName());
    private static final long POLL_MILLIS = 500;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    @Resource
    ManagedThreadFactory threads;

    /** Not the pooled XA factory: the batch is acknowledged after its own JTA transaction committed. */
    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connections;

    @Inject
    AuditChainAppender appender;

    private volatile boolean running;
    private Thread thread;

    @PostConstruct
    void start() {
        running = true;
        thread = threads.newThread(this);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        try {
            thread.join(2 * POLL_MILLIS + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        long pause = 0;
        while (running) {
            try (JMSContext jms = connections.createContext(JMSContext.SESSION_TRANSACTED);
                 JMSConsumer consumer = jms.createConsumer(jms.createQueue(AuditQueue.NAME))) {
                while (running) {
                    pause = drainOnce(jms, consumer) ? 0 : Math.min(MAX_PAUSE_MILLIS, Math.max(500, pause * 2));
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pause));
                }
            } catch (JMSRuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "audit queue connection lost, reconnecting", e);
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
    }

    /** Appends one batch, if any event is waiting; answers false when the batch failed and was rolled back. */
    private boolean drainOnce(JMSContext jms, JMSConsumer consumer) {
        Message message = consumer.receive(POLL_MILLIS);
        if (message == null) {
            return true;
        }
        List<AuditEvent> batch = new ArrayList<>();
        while (message != null) {
            read(jms, message, batch);
            message = batch.size() < BATCH ? consumer.receiveNoWait() : null;
        }
        try {
            appender.append(batch);
            jms.commit();
            return true;
        } catch (Exception e) { // a failed commit too (a checked RollbackException through the proxy)
            LOG.log(Level.WARNING, "could not append " + batch.size() + " audit event(s); they stay queued", e);
            jms.rollback();
            return false;
        }
    }

    private static void read(JMSContext jms, Message message, List<AuditEvent> batch) {
        try {
            batch.add(AuditQueue.fromJson(((TextMessage) message).getText()));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.SEVERE, "unreadable audit message moved to the dead-letter queue", e);
            jms.createProducer().send(jms.createQueue(AuditQueue.DEAD_LETTERS), message);
        }
    }
}
