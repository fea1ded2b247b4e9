package org.autopilot.it.trading;

import static org.autopilot.it.support.Webhooks.accept;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.it.support.TradingDesk;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.trading.api.ApprovalView;
import org.autopilot.trading.api.Approvals;
import org.autopilot.trading.api.DeliveryView;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.ManualSignals;
import org.autopilot.trading.api.SignalDetail;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;
import org.autopilot.trading.application.execution.ApprovalService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Manual signals enter like webhooks and are marked with their operator; subscriptions in approval mode hold their
 * signals until an operator approves (then they trade), rejects (with a reason) or nobody decides in time (expired).
 * Whatever waits has not reached the paper venue.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalsIT {

    private static final String BUY = "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":2}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ApprovalsIT.class);
    }

    @Inject
    TradingDesk desk;

    @Inject
    ExecutionLog log;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ManualSignals manual;

    @Inject
    Approvals approvals;

    @Inject
    ApprovalService expiry;

    private WebhookSecret strategy;
    private BrokerAccountView account;
    private SubscriptionView subscription;

    private void openDesk() {
        desk.quote("AAPL", "200.00", "200.02");
        strategy = desk.strategy("it-approvals", "AAPL");
        account = desk.paperAccount("it-approvals");
        subscription = subscriptions.subscribe(strategy.id(), account.id(), SubscriptionSettings.defaults(), "it-admin");
    }

    @Test
    void aManualSignalTradesLikeAWebhookAndNamesItsOperator() {
        openDesk();
        String key = UUID.randomUUID().toString();
        UUID signal = manual.submit(strategy.id(), BUY, key, "oscar");
        assertEquals(signal, manual.submit(strategy.id(), BUY, key, "oscar"), "the same form submission is one signal");
        SignalDetail detail = desk.settled(signal);
        assertEquals("MANUAL", detail.summary().source());
        assertEquals("oscar", detail.summary().submittedBy());
        assertEquals("SENT", detail.deliveries().getFirst().status());
        assertEquals(1, desk.submits(account.id()));

        InvalidSetting unknownTicker = assertThrows(InvalidSetting.class, () -> manual.submit(strategy.id(),
                "{\"ticker\":\"MSFT\",\"action\":\"buy\"}", null, "oscar"));
        assertTrue(unknownTicker.getMessage().startsWith("unsupported-ticker: "), unknownTicker.getMessage());
        InvalidSetting badAction = assertThrows(InvalidSetting.class, () -> manual.submit(strategy.id(),
                "{\"ticker\":\"AAPL\",\"action\":\"hold\"}", null, "oscar"));
        assertTrue(badAction.getMessage().startsWith("invalid-action: "), badAction.getMessage());
        assertEquals("strategy", assertThrows(InvalidSetting.class,
                () -> manual.submit(UUID.randomUUID(), BUY, null, "oscar")).field());
        assertEquals(1, InContainer.column("select id from received_signal where strategy_id = ?",
                strategy.id().toString()).size(), "refused signals create nothing");
        await().atMost(InContainer.PATIENCE).until(() -> InContainer.column(
                "select actor from audit_entry where action = 'signal.manual' and subject_id = ?", signal.toString())
                .equals(java.util.List.of("oscar")));
    }

    @Test
    void anApprovedSignalTradesARejectedOneDoesNotAndAnUndecidedOneExpires() throws Exception {
        openDesk();
        approvals.configure(subscription.id(), true, Duration.ofMinutes(5), "it-operator");
        assertThrows(InvalidSetting.class, () -> approvals.configure(subscription.id(), true, Duration.ofSeconds(5), "x"));

        UUID approved = accept(strategy.path(), BUY);
        DeliveryView waiting = pending(approved);
        assertTrue(waiting.reason().startsWith("waits for an operator's approval until "), waiting.reason());
        assertEquals(1, log.signal(approved).orElseThrow().summary().inProgress());
        assertEquals(0, desk.submits(account.id()), "nothing reaches the venue before approval");
        assertTrue(approvals.pending().stream().anyMatch(a -> a.deliveryId().equals(waiting.id())));
        ApprovalView decided = approvals.approve(waiting.id(), null, "oscar");
        assertEquals("APPROVED", decided.status());
        assertEquals("SENT", desk.settled(approved).deliveries().getFirst().status());
        assertEquals(1, desk.submits(account.id()));
        InvalidSetting twice = assertThrows(InvalidSetting.class, () -> approvals.reject(waiting.id(), "late", "cora"));
        assertEquals("this approval was already approved by oscar", twice.getMessage());

        UUID rejected = accept(strategy.path(), "{\"ticker\":\"AAPL\",\"action\":\"add\",\"quantity\":1}");
        DeliveryView second = pending(rejected);
        assertEquals("reason", assertThrows(InvalidSetting.class, () -> approvals.reject(second.id(), " ", "oscar")).field());
        approvals.reject(second.id(), "not in this market", "oscar");
        DeliveryView refused = desk.settled(rejected).deliveries().getFirst();
        assertEquals("REJECTED", refused.status());
        assertEquals("approval rejected by oscar: not in this market", refused.reason());

        UUID undecided = accept(strategy.path(), "{\"ticker\":\"AAPL\",\"action\":\"add\",\"quantity\":1}");
        DeliveryView third = pending(undecided);
        expiry.expire(Instant.now().plus(Duration.ofMinutes(6)));
        DeliveryView expired = desk.settled(undecided).deliveries().getFirst();
        assertEquals("REJECTED", expired.status());
        assertEquals("approval expired: not decided within 5 min", expired.reason());
        assertTrue(approvals.decided(50).stream().anyMatch(a -> a.deliveryId().equals(third.id())
                && a.status().equals("EXPIRED")));
        assertEquals(1, desk.submits(account.id()), "neither the rejected nor the expired signal reached the venue");
    }

    private DeliveryView pending(UUID signal) {
        return await().ignoreExceptions().atMost(InContainer.PATIENCE).until(
                () -> log.signal(signal).orElseThrow().deliveries().getFirst(), d -> d.status().equals("PENDING_APPROVAL"));
    }
}
