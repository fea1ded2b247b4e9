package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.autopilot.trading.domain.execution.DeliveryStatus;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.SignalDelivery;
import org.autopilot.trading.domain.execution.TradeOrder;

/**
 * Re-sends what a crash may have left without a message. A stored signal is handed to the fan-out in memory after its
 * commit ({@link SignalDispatch}); a delivery's message commits with it, but the database commits
 * last (the queue is an XA resource, the datasource is not), so a crash inside the commit can keep a delivery whose
 * message never became visible. The sweep finds both by their marks and sends again; the receivers are idempotent,
 * so a message that was only slow is harmless to repeat.
 */
@ApplicationScoped
public class ExecutionSweep {

    /** Longer than any commit takes: a younger signal's fan-out is still on its way. */
    static final Duration SIGNAL_GRACE = Duration.ofSeconds(30);
    /** A queued delivery younger than this may simply wait behind others in its account's queue. */
    static final Duration DELIVERY_GRACE = Duration.ofSeconds(60);
    /** How far back signals are checked for a missing fan-out. */
    static final Duration HORIZON = Duration.ofDays(2);
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ExecutionSweep.class.getName());

    @Inject
    ExecutionRepository executions;

    @Inject
    SignalDispatch dispatch;

    @Inject
    AccountQueue queues;

    /**
     * Every signal received before this instant has its fan-out; null until the first sweep found none missing. A
     * fan-out mark is final, so later sweeps need not look before it: each checks the signals since then, not the
     * whole horizon (two days of signals every 15 s kept MariaDB busy for 90 ms at 32,000 signals, stalling the
     * intake). The first sweep after a start checks the whole horizon.
     */
    private volatile Instant fannedOutBefore;

    /** Signals accepted but never fanned out go to the fan-out again. */
    @Transactional
    public int signals(Instant now) {
        Instant horizon = now.minus(HORIZON);
        Instant from = fannedOutBefore == null || fannedOutBefore.isBefore(horizon) ? horizon : fannedOutBefore;
        Instant to = now.minus(SIGNAL_GRACE);
        List<UUID> missing = executions.signalsWithoutFanOut(from, to, BATCH);
        missing.forEach(dispatch::accepted);
        if (missing.isEmpty()) {
            // one grace period back: a signal received before 'to' whose commit was slower is checked next time too
            fannedOutBefore = to.minus(SIGNAL_GRACE);
        } else {
            LOG.warning(() -> missing.size() + " accepted signal(s) had no fan-out; sent again");
        }
        return missing.size();
    }

    /**
     * Signals that a stop or crash left without a fan-out, oldest first (up to {@value #BATCH}): the fan-out takes them
     * after a start before any signal accepted since, so that a crash does not reorder a strategy's signals.
     */
    @Transactional
    public List<UUID> leftWithoutFanOut(Instant start) {
        return executions.signalsWithoutFanOut(start.minus(HORIZON), start, BATCH);
    }

    /**
     * Open deliveries of running workers whose message is older than the grace period get it again: a queued one is
     * delivered, a waiting one whose exit has finished is released. Stopped workers keep their queue as it is.
     */
    @Transactional
    public int deliveries(Instant now, Predicate<UUID> workerRunning) {
        int resent = 0;
        for (SignalDelivery d : executions.openDeliveriesDispatchedBefore(now.minus(DELIVERY_GRACE), BATCH)) {
            if (!workerRunning.test(d.accountId())) {
                continue;
            }
            if (d.status() == DeliveryStatus.QUEUED) {
                queues.deliver(d.accountId(), d.id());
            } else if (exitFinished(d)) {
                queues.release(d.accountId(), d.id());
            } else {
                continue;
            }
            d.dispatched(now);
            resent++;
        }
        return resent;
    }

    private boolean exitFinished(SignalDelivery delivery) {
        return executions.ordersOfDelivery(delivery.id()).stream()
                .anyMatch(o -> o.leg() == TradeOrder.Leg.EXIT && o.status().isFinal());
    }
}
