package org.autopilot.admin.web.strategysources;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.strategy.api.WebhookSourceLimits;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.api.WebhookLockoutView;
import org.autopilot.trading.api.WebhookLockouts;

/**
 * One webhook strategy's source limits and password lock-out ({@code sources.xhtml?strategy=<id>}); without a
 * strategy, the list to choose from. The view keeps only the strategy's id; every action reloads what it shows.
 */
@Named
@ViewScoped
public class StrategySourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WebhookStrategies strategies;

    @Inject
    transient WebhookLockouts lockouts;

    @Inject
    transient SignedInStaff staff;

    private String strategy;
    private UUID strategyId;
    private transient WebhookStrategyView selected;
    private transient WebhookLockoutView lockout;
    private transient List<WebhookStrategyView> all = List.of();
    private String allowedSources;
    private boolean tradingViewOnly;
    private String reason;
    private String liftReason;

    /**
     * Shows the strategy named by the page's {@code strategy} parameter with its limits; without one, all
     * strategies. Read here rather than through {@code f:viewParam}, which the layout template cannot host.
     */
    @PostConstruct
    void load() {
        strategy = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("strategy");
        if (find()) {
            fill(strategies.sourceLimits(selected.id()));
        } else {
            all = strategies.all();
        }
    }

    /** Replaces the allow-list (one entry per line, or separated by commas or spaces) and the TradingView switch. */
    public void save() {
        if (!find()) {
            return;
        }
        List<String> entries = Arrays.stream(allowedSources == null ? new String[0] : allowedSources.split("[,\\s]+"))
                .filter(entry -> !entry.isBlank()).toList();
        try {
            WebhookSourceLimits saved = strategies.limitSources(selected.id(), entries, tradingViewOnly, reason,
                    staff.getUsername());
            fill(saved);
            reason = null;
            message(FacesMessage.SEVERITY_INFO, "Source limits saved", saved.restricted()
                    ? "Requests from other addresses are refused with 403."
                    : "Requests are accepted from any address.");
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, "Source limits not saved", e.getMessage());
        }
    }

    /** Lifts the lock-out now, with the reason the admin gave. */
    public void lift() {
        if (!find()) {
            return;
        }
        try {
            lockout = lockouts.clear(selected.id(), liftReason, staff.getUsername());
            liftReason = null;
            message(FacesMessage.SEVERITY_INFO, "Lock-out lifted", "The webhook accepts requests again.");
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, "Lock-out not lifted", e.getMessage());
        }
    }

    private boolean find() {
        selected = uuid(strategy).flatMap(strategies::byId).orElse(null);
        strategyId = selected == null ? null : selected.id();
        lockout = selected == null ? null : lockouts.status(strategyId);
        return selected != null;
    }

    private void fill(WebhookSourceLimits limits) {
        allowedSources = String.join("\n", limits.allowedSources());
        tradingViewOnly = limits.tradingViewOnly();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    /** TradingView's alert servers, which the switch admits, for the label. */
    public String getTradingViewAddresses() {
        return String.join(", ", WebhookSourceLimits.TRADING_VIEW_ADDRESSES);
    }

    /** The strategy id as the page was given it (shown when it names no strategy). */
    public String getStrategy() {
        return strategy;
    }

    /** The id of the strategy shown, or null when none was named or the id is unknown. */
    public UUID getStrategyId() {
        return strategyId;
    }

    public WebhookStrategyView getSelected() {
        return selected;
    }

    public WebhookLockoutView getLockout() {
        return lockout;
    }

    /** All strategies, when none was named. */
    public List<WebhookStrategyView> getAll() {
        return all;
    }

    public String getAllowedSources() {
        return allowedSources;
    }

    public void setAllowedSources(String allowedSources) {
        this.allowedSources = allowedSources;
    }

    public boolean isTradingViewOnly() {
        return tradingViewOnly;
    }

    public void setTradingViewOnly(boolean tradingViewOnly) {
        this.tradingViewOnly = tradingViewOnly;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }
}
