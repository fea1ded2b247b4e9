package org.autopilot.trading.infrastructure.fanout;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.trading.application.execution.ExecutionSweep;
import org.autopilot.trading.application.execution.SignalFanOut;

/**
 * Fans the committed signals out one after the other, in the order they were queued, so that each account's queue
 * receives a strategy's signals in the order they were acknowledged (a buy, an exit and a buy must not trade as buy,
 * buy, exit). One thread, each fan-out its own transaction; a signal without subscriptions commits to the database
 * alone. A fan-out that fails is tried {@value #ATTEMPTS} times, later signals waiting behind it; then it is left to
 * the execution sweep, which queues it again. After a start, the signals a stop or crash left without a fan-out go
 * first, oldest first.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SignalFanOutThread implements Runnable {

    static final int ATTEMPTS = 3;
    private static final long POLL_MILLIS = 500;
    private static final Logger LOG = Logger.getLogger(SignalFanOutThread.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OrderedSignalDispatch dispatch;

    @Inject
    SignalFanOut fanOut;

    @Inject
    ExecutionSweep sweep;

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
        running = false; // not interrupted: an interrupt inside a database call can close H2's file
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        catchUp();
        while (running) {
            try {
                UUID signal = dispatch.next(POLL_MILLIS);
                if (signal != null) {
                    fanOut(signal);
                }
            } catch (InterruptedException e) {
                return; // stopping; what is still queued is stored, and the next start fans it out first
            }
        }
    }

    /**
     * First the signals a stop or crash left without a fan-out, oldest first: they were accepted before any signal
     * this start will queue. What this pass does not manage is left to the execution sweep.
     */
    private void catchUp() {
        try {
            sweep.leftWithoutFanOut(Instant.now()).forEach(this::fanOut);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not read the signals left without a fan-out; the execution sweep will", e);
        }
    }

    private void fanOut(UUID signal) {
        for (int attempt = 1; attempt <= ATTEMPTS && running; attempt++) {
            try {
                fanOut.fanOut(signal);
                return;
            } catch (Exception e) { // a failed commit too (a checked RollbackException through the proxy)
                int tried = attempt;
                LOG.log(Level.WARNING, e, () -> "fan-out of signal " + signal + " failed (attempt " + tried + " of "
                        + ATTEMPTS + (tried == ATTEMPTS ? "; the execution sweep will try again)" : ")"));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200L * attempt));
            }
        }
    }
}
