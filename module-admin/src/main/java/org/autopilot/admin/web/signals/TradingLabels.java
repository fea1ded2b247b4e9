package org.autopilot.admin.web.signals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;

/** Labels of the trading pages: names for strategy and account ids (read once per request) and status colours. */
@Named("labels")
@RequestScoped
public class TradingLabels {

    @Inject
    WebhookStrategies strategies;

    @Inject
    BrokerAccounts accounts;

    private Map<UUID, String> strategyNames;
    private Map<UUID, String> accountNames;

    public String strategy(UUID id) {
        if (strategyNames == null) {
            strategyNames = strategies.all().stream()
                    .collect(Collectors.toMap(WebhookStrategyView::id, WebhookStrategyView::name));
        }
        return name(strategyNames, id);
    }

    public String account(UUID id) {
        if (accountNames == null) {
            accountNames = accounts.all().stream()
                    .collect(Collectors.toMap(BrokerAccountView::id, BrokerAccountView::name, (a, b) -> a));
        }
        return name(accountNames, id);
    }

    public Map<UUID, String> strategies() {
        strategy(null);
        return strategyNames;
    }

    private static String name(Map<UUID, String> names, UUID id) {
        return id == null ? "" : names.getOrDefault(id, id.toString().substring(0, 8));
    }

    /** Money as operators read it: two decimals, grouped ("12,345.67"); blank when unknown. */
    public String money(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.ROOT, "%,.2f", amount);
    }

    /**
     * PrimeFaces tag severity of any status the pages show: delivery and order statuses, kill-switch states,
     * approval outcomes and notification severities (an enum is shown by its name).
     */
    public String severity(Object status) {
        return switch (String.valueOf(status)) {
            case "SENT", "FILLED", "ACTIVE", "APPROVED" -> "success";
            case "QUEUED", "WAITING", "PLANNED", "NEW", "PARTIALLY_FILLED", "INFO" -> "info";
            case "PENDING_APPROVAL", "REDUCING", "IGNORED", "CANCELED", "EXPIRED", "WARNING" -> "warning";
            default -> "danger";
        };
    }
}
