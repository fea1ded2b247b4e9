package org.autopilot.reporting.infrastructure.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.reporting.application.AuditChainAppender;

/**
 * The single writer of the audit chain, one thread: it appends what waits in the outbox, batch after batch while
 * there is any, then looks again every {@value #POLL_MILLIS} ms. A batch that cannot be appended (database
 * unreachable) stays in the outbox and is tried again after a growing pause. One writer keeps the chain linear.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditOutboxDrainer implements Runnable {

    private static final Logger LOG = Logger.getLogger(AuditOutboxDrainer.class.getName());
    static final long POLL_MILLIS = 200;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    @Resource
    ManagedThreadFactory threads;

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
        LockSupport.unpark(thread);
        try {
            thread.join(MAX_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        long failurePause = 0;
        while (running) {
            long pause;
            try {
                pause = appender.appendPending() > 0 ? 0 : POLL_MILLIS;
                failurePause = 0;
            } catch (Exception e) { // a failed commit too (a checked RollbackException through the proxy)
                failurePause = Math.min(MAX_PAUSE_MILLIS, Math.max(500, failurePause * 2));
                pause = failurePause;
                if (running) {
                    LOG.log(Level.WARNING, "could not append the waiting audit events; they stay in the outbox", e);
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pause));
        }
    }
}
