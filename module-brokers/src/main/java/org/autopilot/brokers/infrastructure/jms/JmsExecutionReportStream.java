package org.autopilot.brokers.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.UUID;
import org.autopilot.brokers.api.ExecutionReports;
import org.autopilot.brokers.api.OrderReport;
import org.autopilot.brokers.application.paper.ExecutionReportStream;

/**
 * Sends pushed reports as persistent map messages ({@link ExecutionReports#toBody}) with the container's JMS
 * context, so the send is part of the venue's JTA transaction. Messages carry the account as their group
 * ({@code JMSXGroupID}): a consumer pool still sees each account's reports in the order the venue produced them.
 */
@ApplicationScoped
public class JmsExecutionReportStream implements ExecutionReportStream {

    @Inject
    JMSContext jms;

    @Resource(lookup = ExecutionReports.QUEUE_JNDI)
    Queue queue;

    @Override
    public void push(UUID accountId, OrderReport report) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty("JMSXGroupID", accountId.toString())
                .send(queue, ExecutionReports.toBody(accountId, report));
    }
}
