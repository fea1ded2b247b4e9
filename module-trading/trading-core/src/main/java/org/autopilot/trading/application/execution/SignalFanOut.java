package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.domain.execution.ExecutionRepository;
import org.autopilot.trading.domain.execution.SignalDelivery;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.subscription.Subscription;
import org.autopilot.trading.domain.subscription.SubscriptionRepository;

/**
 * Fans a signal out to every enabled subscription of its strategy: one delivery per subscription, queued on the
 * subscription's account. A repeated fan-out (redelivered message) finds its deliveries and queues nothing twice.
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

    @Transactional
    public int fanOut(UUID signalId) {
        ReceivedSignal signal = signals.byId(signalId).orElse(null);
        if (signal == null) {
            LOG.warning(() -> "fan-out of unknown signal " + signalId + " skipped");
            return 0;
        }
        Instant now = Instant.now();
        int queued = 0;
        for (Subscription subscription : subscriptions.ofStrategy(signal.strategyId())) {
            SubscriptionView view = subscription.toView();
            SignalDelivery delivery = SignalDelivery.queue(signalId, view.id(), view.accountId(), now);
            if (view.enabled() && executions.addDelivery(delivery)) {
                queues.deliver(view.accountId(), delivery.id());
                queued++;
            }
        }
        return queued;
    }
}
