package org.autopilot.trading.infrastructure.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.autopilot.brokers.api.ExecutionReports;
import org.autopilot.trading.application.execution.ReportApplier;

/**
 * Applies the brokers' pushed execution reports to orders, fills and positions, in one XA transaction with the
 * consumption. A report that cannot be applied yet (its order's worker has not committed) is redelivered later.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ExecutionReports.QUEUE_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class ExecutionReportListener implements MessageListener {

    @Inject
    ReportApplier reports;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage map = (MapMessage) message;
            Map<String, Object> body = new HashMap<>();
            for (Object name : Collections.list(map.getMapNames())) {
                body.put(name.toString(), map.getObject(name.toString()));
            }
            ExecutionReports.AccountReport report = ExecutionReports.fromBody(body);
            reports.applyPushed(report.accountId(), report.report(), message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable execution report", e);
        }
    }
}
