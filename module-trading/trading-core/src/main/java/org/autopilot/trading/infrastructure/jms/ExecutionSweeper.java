package org.autopilot.trading.infrastructure.jms;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import org.autopilot.trading.application.execution.ApprovalService;
import org.autopilot.trading.application.execution.ExecutionSweep;

/**
 * Runs the execution sweep and expires approvals nobody decided, every 15 seconds (not persistent: a missed run is
 * simply the next one).
 */
@Singleton
public class ExecutionSweeper {

    @Inject
    ExecutionSweep sweep;

    @Inject
    AccountWorkers workers;

    @Inject
    ApprovalService approvals;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void sweep() {
        Instant now = Instant.now();
        sweep.signals(now);
        sweep.deliveries(now, workers::isRunning);
        approvals.expire(now);
    }
}
