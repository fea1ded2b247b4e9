package org.autopilot.trading.infrastructure.fanout;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.autopilot.trading.application.TransactionOutcome;
import org.autopilot.trading.application.execution.SignalDispatch;

/**
 * Queues stored signals for the fan-out thread ({@link SignalFanOutThread}) right after their transaction committed,
 * on the committing thread: a signal acknowledged before the next one was sent is queued, and so fanned out, before
 * it. The queue is in memory; the stored signal without a fan-out mark is the durable record, which the execution
 * sweep queues again when a crash lost it.
 */
@ApplicationScoped
public class OrderedSignalDispatch implements SignalDispatch {

    private final BlockingQueue<UUID> committed = new LinkedBlockingQueue<>();

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Override
    public void accepted(UUID signalId) {
        TransactionOutcome.afterCommit(transaction, () -> committed.add(signalId));
    }

    /** The next committed signal, oldest first, or null after waiting this long for one. */
    UUID next(long millis) throws InterruptedException {
        return committed.poll(millis, TimeUnit.MILLISECONDS);
    }
}
