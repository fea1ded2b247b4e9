package org.autopilot.trading.application.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.trading.api.RiskControl;
import org.autopilot.trading.api.RiskLimitsView;
import org.autopilot.trading.api.RiskScope;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingState;
import org.autopilot.trading.application.control.KillSwitchBoard;
import org.autopilot.trading.application.control.TradingDays;
import org.autopilot.trading.application.notify.NotificationCenter;
import org.autopilot.trading.domain.risk.RiskDenial;
import org.autopilot.trading.domain.risk.RiskRule;
import org.autopilot.trading.domain.risk.TradingDay;

/**
 * Watches the accounts that have a max daily loss between their orders: a position losing value breaches the limit
 * without any new order, and the account must switch to exits only then, not at its next entry. Runs with the
 * execution sweep; one account's broker failing skips only that account.
 */
@ApplicationScoped
public class DailyLossWatch {

    private static final Logger LOG = Logger.getLogger(DailyLossWatch.class.getName());

    @Inject
    RiskControl risk;

    @Inject
    BrokerGateways gateways;

    @Inject
    TradingDays days;

    @Inject
    KillSwitchBoard board;

    @Inject
    NotificationCenter notifications;

    /** Answers how many accounts it switched to REDUCING. */
    public int check() {
        int reduced = 0;
        for (RiskLimitsView limits : risk.allLimits()) {
            BigDecimal maxLoss = limits.limits().maxDailyLoss();
            if (limits.scope() != RiskScope.ACCOUNT || maxLoss == null
                    || board.state(SwitchLevel.BROKER_ACCOUNT, limits.scopeId()) != TradingState.ACTIVE) {
                continue;
            }
            try {
                if (breached(UUID.fromString(limits.scopeId()), maxLoss)) {
                    reduced++;
                }
            } catch (Exception e) { // a failed commit too
                LOG.log(Level.WARNING, "daily loss of account " + limits.scopeId() + " could not be checked", e);
            }
        }
        return reduced;
    }

    private boolean breached(UUID accountId, BigDecimal maxLoss) {
        BigDecimal equity = gateways.forAccount(accountId).account().equity();
        TradingDay day = days.observe(accountId, equity);
        BigDecimal loss = day.openingEquity().subtract(equity);
        if (loss.compareTo(maxLoss) <= 0) {
            return false;
        }
        reduce(accountId, new RiskDenial(RiskRule.MAX_DAILY_LOSS, "account", maxLoss, loss));
        return true;
    }

    /** Switches the account to REDUCING (exits only) for the breach, unless an operator already stopped it. */
    public void reduce(UUID accountId, RiskDenial breach) {
        String account = accountId.toString();
        if (board.state(SwitchLevel.BROKER_ACCOUNT, account) == TradingState.ACTIVE) {
            board.change(SwitchLevel.BROKER_ACCOUNT, account, TradingState.REDUCING,
                    "max daily loss breached: " + breach.describe(), OrderSender.SYSTEM);
            notifications.dailyLossBreached(accountId, breach.describe());
            LOG.warning(() -> "account " + account + " switched to REDUCING: " + breach.describe());
        }
    }
}
