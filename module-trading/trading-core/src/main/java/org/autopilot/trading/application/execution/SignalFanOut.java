package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.SignalDelivery;
import org.autopilot.trading.domain.execution.SignalFanOutMark;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.subscription.Subscription;
import org.autopilot.trading.domain.subscription.SubscriptionRepository;

/**
 * Fans a signal out to every enabled subscription of its strategy: one delivery per subscription, queued on the
 * subscription's account, the signal marked as fanned out and its acceptance audited ({@code signal.accepted} by
 * "webhook", {@code signal.manual} by the operator, at the time it was received) in the same transaction. A repeated
 * fan-out (redelivered message, or the sweep re-sending a signal whose message a crash lost) finds the mark and
 * queues and audits nothing twice.
 */
@ApplicationScoped
public class SignalFanOut {

    private static final Logger LOG = Logger.getLogger(SignalFanOut.class.getName());

    @Inject
    SignalRepository signals;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    ExecutionRepository executions;

    @Inject
    AccountQueue queues;

    @Inject
    WebhookStrategies strategies;

    @Inject
    AuditTrail audit;

    @Transactional
    public int fanOut(UUID signalId) {
        ReceivedSignal signal = signals.byId(signalId).orElse(null);
        if (signal == null) {
            LOG.warning(() -> "fan-out of unknown signal " + signalId + " skipped");
            return 0;
        }
        Instant now = Instant.now();
        List<SubscriptionView> enabled = subscriptions.ofStrategy(signal.strategyId()).stream()
                .map(Subscription::toView).filter(SubscriptionView::enabled).toList();
        if (!executions.markFannedOut(new SignalFanOutMark(signalId, enabled.size(), now))) {
            return 0; // a repeated message: the first fan-out queued everything
        }
        audit.record(accepted(signal));
        for (SubscriptionView view : enabled) {
            SignalDelivery delivery = SignalDelivery.queue(signalId, view.id(), view.accountId(), now);
            executions.addDelivery(delivery);
            queues.deliver(view.accountId(), delivery.id());
        }
        return enabled.size();
    }

    private AuditEvent accepted(ReceivedSignal signal) {
        String strategy = strategies.byId(signal.strategyId()).map(WebhookStrategyView::name)
                .orElse(signal.strategyId().toString());
        boolean manual = signal.source() == ReceivedSignal.Source.MANUAL;
        return new AuditEvent(UUID.randomUUID(), signal.receivedAt(), manual ? signal.submittedBy() : "webhook",
                manual ? "signal.manual" : "signal.accepted", "signal", signal.id().toString(),
                (manual ? "manual signal for strategy " : "webhook of strategy ") + strategy, null, signal.payload());
    }
}
