package org.autopilot.admin.web.subscriptions;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;

/** One line of a strategy's subscription table, as text; {@code enabled} is bound to the row's toggle. */
public class SubscriptionRow implements Serializable {

    private final UUID id;
    private final String account;
    private boolean enabled;
    private final String sizing;
    private final String multiplier;
    private final String sides;
    private final String orderTypes;
    private final String timeInForce;
    private final String takeProfit;
    private final String stopLoss;
    private final String windows;
    private final List<String> flags;

    SubscriptionRow(SubscriptionView view, String account) {
        SubscriptionSettings s = view.settings();
        this.id = view.id();
        this.account = account;
        this.enabled = view.enabled();
        this.sizing = SettingsText.sizing(s);
        this.multiplier = "×" + s.multiplier().toPlainString();
        this.sides = SettingsText.label(s.sides());
        this.orderTypes = SettingsText.orderTypes(s);
        this.timeInForce = SettingsText.timeInForce(s);
        this.takeProfit = SettingsText.takeProfit(s);
        this.stopLoss = SettingsText.stopLoss(s);
        this.windows = SettingsText.windows(s);
        this.flags = List.copyOf(SettingsText.flags(s));
    }

    public UUID getId() {
        return id;
    }

    public String getAccount() {
        return account;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getSizing() {
        return sizing;
    }

    public String getMultiplier() {
        return multiplier;
    }

    public String getSides() {
        return sides;
    }

    public String getOrderTypes() {
        return orderTypes;
    }

    public String getTimeInForce() {
        return timeInForce;
    }

    public String getTakeProfit() {
        return takeProfit;
    }

    public String getStopLoss() {
        return stopLoss;
    }

    public String getWindows() {
        return windows;
    }

    public List<String> getFlags() {
        return flags;
    }
}
