package org.autopilot.admin.web.subscriptions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.SubscriptionSettings;

/** The editable form of {@link SubscriptionSettings}; the account's own order defaults are an {@link OrderDefaultsForm}. */
public class SettingsForm implements Serializable {

    /** Settings whose form component has the same name as the api field. */
    private static final Set<String> OWN_COMPONENTS = Set.of("multiplier", "sides", "tradingWindows");

    private boolean useSignalQuantity;
    private boolean useSignalOrderType;
    private boolean useSignalTimeInForce;
    private boolean useSignalPrices;
    private boolean useSignalTakeProfit;
    private boolean useSignalStopLoss;
    private OrderDefaultsForm orders;
    private BigDecimal multiplier;
    private AllowedSides sides;
    private boolean sideSwapping;
    private boolean subtractExitQuantity;
    private boolean allowAddToPosition;
    private boolean cancelOpenOrders;
    private String tradingWindows;
    private boolean allowExitsOutsideWindows;

    public static SettingsForm of(SubscriptionSettings s) {
        SettingsForm f = new SettingsForm();
        f.useSignalQuantity = s.useSignalQuantity();
        f.useSignalOrderType = s.useSignalOrderType();
        f.useSignalTimeInForce = s.useSignalTimeInForce();
        f.useSignalPrices = s.useSignalPrices();
        f.useSignalTakeProfit = s.useSignalTakeProfit();
        f.useSignalStopLoss = s.useSignalStopLoss();
        f.orders = OrderDefaultsForm.of(s.orderDefaults());
        f.multiplier = s.multiplier();
        f.sides = s.sides();
        f.sideSwapping = s.sideSwapping();
        f.subtractExitQuantity = s.subtractExitQuantity();
        f.allowAddToPosition = s.allowAddToPosition();
        f.cancelOpenOrders = s.cancelOpenOrders();
        f.tradingWindows = s.tradingWindows();
        f.allowExitsOutsideWindows = s.allowExitsOutsideWindows();
        return f;
    }

    public SubscriptionSettings toSettings() {
        return new SubscriptionSettings(useSignalQuantity, useSignalOrderType, useSignalTimeInForce, useSignalPrices,
                useSignalTakeProfit, useSignalStopLoss, orders.toDefaults(), multiplier, sides, sideSwapping,
                subtractExitQuantity, allowAddToPosition, cancelOpenOrders, tradingWindows, allowExitsOutsideWindows);
    }

    /** The id of the component for an api field, or null when no single component shows it. */
    public String componentFor(String field) {
        return OWN_COMPONENTS.contains(field) ? field : orders.componentFor(field);
    }

    public boolean isUseSignalQuantity() {
        return useSignalQuantity;
    }

    public void setUseSignalQuantity(boolean useSignalQuantity) {
        this.useSignalQuantity = useSignalQuantity;
    }

    public boolean isUseSignalOrderType() {
        return useSignalOrderType;
    }

    public void setUseSignalOrderType(boolean useSignalOrderType) {
        this.useSignalOrderType = useSignalOrderType;
    }

    public boolean isUseSignalTimeInForce() {
        return useSignalTimeInForce;
    }

    public void setUseSignalTimeInForce(boolean useSignalTimeInForce) {
        this.useSignalTimeInForce = useSignalTimeInForce;
    }

    public boolean isUseSignalPrices() {
        return useSignalPrices;
    }

    public void setUseSignalPrices(boolean useSignalPrices) {
        this.useSignalPrices = useSignalPrices;
    }

    public boolean isUseSignalTakeProfit() {
        return useSignalTakeProfit;
    }

    public void setUseSignalTakeProfit(boolean useSignalTakeProfit) {
        this.useSignalTakeProfit = useSignalTakeProfit;
    }

    public boolean isUseSignalStopLoss() {
        return useSignalStopLoss;
    }

    public void setUseSignalStopLoss(boolean useSignalStopLoss) {
        this.useSignalStopLoss = useSignalStopLoss;
    }

    public OrderDefaultsForm getOrders() {
        return orders;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    public AllowedSides getSides() {
        return sides;
    }

    public void setSides(AllowedSides sides) {
        this.sides = sides;
    }

    public boolean isSideSwapping() {
        return sideSwapping;
    }

    public void setSideSwapping(boolean sideSwapping) {
        this.sideSwapping = sideSwapping;
    }

    public boolean isSubtractExitQuantity() {
        return subtractExitQuantity;
    }

    public void setSubtractExitQuantity(boolean subtractExitQuantity) {
        this.subtractExitQuantity = subtractExitQuantity;
    }

    public boolean isAllowAddToPosition() {
        return allowAddToPosition;
    }

    public void setAllowAddToPosition(boolean allowAddToPosition) {
        this.allowAddToPosition = allowAddToPosition;
    }

    public boolean isCancelOpenOrders() {
        return cancelOpenOrders;
    }

    public void setCancelOpenOrders(boolean cancelOpenOrders) {
        this.cancelOpenOrders = cancelOpenOrders;
    }

    public String getTradingWindows() {
        return tradingWindows;
    }

    public void setTradingWindows(String tradingWindows) {
        this.tradingWindows = tradingWindows;
    }

    public boolean isAllowExitsOutsideWindows() {
        return allowExitsOutsideWindows;
    }

    public void setAllowExitsOutsideWindows(boolean allowExitsOutsideWindows) {
        this.allowExitsOutsideWindows = allowExitsOutsideWindows;
    }
}
