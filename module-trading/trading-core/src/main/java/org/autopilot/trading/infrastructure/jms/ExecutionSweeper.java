package org.autopilot.trading.infrastructure.jms;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import org.autopilot.trading.application.execution.ApprovalService;
import org.autopilot.trading.application.execution.DailyLossWatch;
import org.autopilot.trading.application.execution.ExecutionSweep;

/**
 * Every 15 seconds: the execution sweep, the expiry of approvals nobody decided, and the daily-loss watch (not
 * persistent: a missed run is simply the next one).
 */
@Singleton
public class ExecutionSweeper {

    @Inject
    ExecutionSweep sweep;

    @Inject
    AccountWorkers workers;

    @Inject
    ApprovalService approvals;

    @Inject
    DailyLossWatch dailyLoss;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void sweep() {
        Instant now = Instant.now();
        sweep.signals(now);
        sweep.deliveries(now, workers::isRunning);
        approvals.expire(now);
        dailyLoss.check();
    }
}
