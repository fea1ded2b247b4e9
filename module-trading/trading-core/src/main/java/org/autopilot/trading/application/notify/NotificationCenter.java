package org.autopilot.trading.application.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.NotificationSeverity;
import org.autopilot.trading.api.TradingState;
import org.autopilot.trading.domain.notify.Notification;
import org.autopilot.trading.domain.notify.NotificationRepository;

/**
 * Where the platform's events become notifications: stored and published in the caller's transaction, so an event
 * that rolls back tells nobody and one that commits reaches the centre, the browsers and the e-mail subscribers.
 * One method per kind of event, so that every notification of a kind reads the same.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationCenter {

    @Inject
    NotificationRepository notifications;

    @Inject
    NotificationTopic topic;

    @Inject
    BrokerAccounts accounts;

    public void filled(UUID accountId, String order, BigDecimal quantity, BigDecimal price) {
        publish("FILL", NotificationSeverity.INFO, "Filled " + plain(quantity) + " @ " + plain(price) + " on "
                + account(accountId), order, accountLink(accountId));
    }

    public void rejected(UUID accountId, String order, String reason) {
        publish("REJECTION", NotificationSeverity.FAILURE, "The broker rejected an order on " + account(accountId),
                order + (reason == null ? "" : ": " + reason), accountLink(accountId));
    }

    public void denied(UUID accountId, String order, String reason) {
        publish("DENIAL", NotificationSeverity.FAILURE, "Order denied on " + account(accountId), order + ": " + reason,
                accountLink(accountId));
    }

    public void deliveryFailed(UUID accountId, UUID signalId, String reason) {
        publish("BROKER_ERROR", NotificationSeverity.FAILURE, "A signal could not be processed on " + account(accountId),
                reason, "/signals/detail.xhtml?id=" + signalId);
    }

    public void switchChanged(KillSwitchView change) {
        boolean resumed = change.state() == TradingState.ACTIVE;
        publish("KILL_SWITCH", resumed ? NotificationSeverity.INFO : NotificationSeverity.WARNING,
                change.level().label() + " kill switch " + change.state(), change.changedBy() + ": " + change.reason(),
                "/control/index.xhtml");
    }

    public void dailyLossBreached(UUID accountId, String breach) {
        publish("DAILY_LOSS", NotificationSeverity.FAILURE, account(accountId) + " breached its max daily loss: exits only",
                breach, accountLink(accountId));
    }

    public void approvalPending(UUID accountId, UUID signalId, Instant until) {
        publish("APPROVAL", NotificationSeverity.WARNING, "A signal waits for approval on " + account(accountId),
                "until " + until + " (UTC); signal " + signalId, "/approvals/index.xhtml");
    }

    private void publish(String kind, NotificationSeverity severity, String title, String detail, String link) {
        Notification notification = Notification.of(kind, severity, title, detail, link, Instant.now());
        notifications.add(notification);
        topic.publish(notification.toView(null));
    }

    private String account(UUID accountId) {
        return accounts.byId(accountId).map(BrokerAccountView::name).orElse(accountId.toString());
    }

    private static String accountLink(UUID accountId) {
        return "/accounts/activity.xhtml?id=" + accountId;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
