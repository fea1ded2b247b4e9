package org.autopilot.brokers.application.paper;

import java.util.UUID;
import org.autopilot.brokers.api.OrderReport;

/**
 * Where a venue's pushed reports go (the executions queue, see {@code ExecutionReports}). A push joins the current
 * transaction: the report leaves exactly when the venue change it reports is committed.
 */
public interface ExecutionReportStream {

    void push(UUID accountId, OrderReport report);
}
