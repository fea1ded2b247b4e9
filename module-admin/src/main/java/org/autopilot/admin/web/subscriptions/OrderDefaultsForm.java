package org.autopilot.admin.web.subscriptions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StopLossDefault;
import org.autopilot.trading.api.TakeProfitDefault;

/**
 * The editable form of {@link OrderDefaults}. Take profit and stop loss are entered as "kind + value" (percent or
 * amount), so that a person picks one variant instead of filling exclusive fields.
 */
public class OrderDefaultsForm implements Serializable {

    /** How a take profit, stop loss or trail is measured from the entry price. */
    public enum Basis { PERCENT, AMOUNT }

    /** Which form component shows the refusal of an api field. */
    private static final Map<String, String> COMPONENTS = Map.ofEntries(Map.entry("quantityType", "quantityType"),
            Map.entry("quantity", "quantity"), Map.entry("takeProfit", "takeProfitValue"),
            Map.entry("takeProfit.percent", "takeProfitValue"), Map.entry("takeProfit.amount", "takeProfitValue"),
            Map.entry("stopLoss.type", "stopLossType"),
            Map.entry("stopLoss.percent", "stopLossValue"), Map.entry("stopLoss.amount", "stopLossValue"),
            Map.entry("stopLoss.limitOffset", "stopLossLimitOffset"), Map.entry("stopLoss.trailAmount", "trailValue"),
            Map.entry("stopLoss.trailPercent", "trailValue"));

    private QuantityType quantityType;
    private BigDecimal quantity;
    private OrderType entryOrderType;
    private OrderType exitOrderType;
    private TimeInForce timeInForce;
    private Basis takeProfitBasis;
    private BigDecimal takeProfitValue;
    private StopLossDefault.Type stopLossType;
    private Basis stopLossBasis = Basis.PERCENT;
    private BigDecimal stopLossValue;
    private BigDecimal stopLossLimitOffset;
    private Basis trailBasis = Basis.PERCENT;
    private BigDecimal trailValue;

    public static OrderDefaultsForm of(OrderDefaults d) {
        OrderDefaultsForm f = new OrderDefaultsForm();
        f.quantityType = d.quantityType();
        f.quantity = d.quantity();
        f.entryOrderType = d.entryOrderType();
        f.exitOrderType = d.exitOrderType();
        f.timeInForce = d.timeInForce();
        TakeProfitDefault tp = d.takeProfit();
        if (tp != null) {
            f.takeProfitBasis = tp.percent() != null ? Basis.PERCENT : Basis.AMOUNT;
            f.takeProfitValue = tp.percent() != null ? tp.percent() : tp.amount();
        }
        StopLossDefault sl = d.stopLoss();
        if (sl != null) {
            f.stopLossType = sl.type();
            f.stopLossBasis = sl.amount() != null ? Basis.AMOUNT : Basis.PERCENT;
            f.stopLossValue = sl.amount() != null ? sl.amount() : sl.percent();
            f.stopLossLimitOffset = sl.limitOffset();
            f.trailBasis = sl.trailAmount() != null ? Basis.AMOUNT : Basis.PERCENT;
            f.trailValue = sl.trailAmount() != null ? sl.trailAmount() : sl.trailPercent();
        }
        return f;
    }

    /** What was entered; fields of variants not chosen are left out, the rest is the api's to judge. */
    public OrderDefaults toDefaults() {
        TakeProfitDefault tp = takeProfitBasis == null ? null : new TakeProfitDefault(
                takeProfitBasis == Basis.PERCENT ? takeProfitValue : null,
                takeProfitBasis == Basis.AMOUNT ? takeProfitValue : null);
        StopLossDefault sl = null;
        if (stopLossType == StopLossDefault.Type.TRAILING_STOP) {
            sl = new StopLossDefault(stopLossType, null, null, null, trailBasis == Basis.AMOUNT ? trailValue : null,
                    trailBasis == Basis.PERCENT ? trailValue : null);
        } else if (stopLossType != null) {
            sl = new StopLossDefault(stopLossType, stopLossBasis == Basis.PERCENT ? stopLossValue : null,
                    stopLossBasis == Basis.AMOUNT ? stopLossValue : null,
                    stopLossType == StopLossDefault.Type.STOP_LIMIT ? stopLossLimitOffset : null, null, null);
        }
        return new OrderDefaults(quantityType, quantity, entryOrderType, exitOrderType, timeInForce, tp, sl);
    }

    /**
     * The id of the component for an api field, or null when the field is not one of these. A refusal of the whole
     * stop loss can only mean its value is missing here (the form offers one variant at a time).
     */
    public String componentFor(String field) {
        if ("stopLoss".equals(field)) {
            return isTrailing() ? "trailValue" : "stopLossValue";
        }
        return COMPONENTS.get(field);
    }

    public boolean isStopLimit() {
        return stopLossType == StopLossDefault.Type.STOP_LIMIT;
    }

    public boolean isTrailing() {
        return stopLossType == StopLossDefault.Type.TRAILING_STOP;
    }

    public QuantityType getQuantityType() {
        return quantityType;
    }

    public void setQuantityType(QuantityType quantityType) {
        this.quantityType = quantityType;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public OrderType getEntryOrderType() {
        return entryOrderType;
    }

    public void setEntryOrderType(OrderType entryOrderType) {
        this.entryOrderType = entryOrderType;
    }

    public OrderType getExitOrderType() {
        return exitOrderType;
    }

    public void setExitOrderType(OrderType exitOrderType) {
        this.exitOrderType = exitOrderType;
    }

    public TimeInForce getTimeInForce() {
        return timeInForce;
    }

    public void setTimeInForce(TimeInForce timeInForce) {
        this.timeInForce = timeInForce;
    }

    public Basis getTakeProfitBasis() {
        return takeProfitBasis;
    }

    public void setTakeProfitBasis(Basis takeProfitBasis) {
        this.takeProfitBasis = takeProfitBasis;
    }

    public BigDecimal getTakeProfitValue() {
        return takeProfitValue;
    }

    public void setTakeProfitValue(BigDecimal takeProfitValue) {
        this.takeProfitValue = takeProfitValue;
    }

    public StopLossDefault.Type getStopLossType() {
        return stopLossType;
    }

    public void setStopLossType(StopLossDefault.Type stopLossType) {
        this.stopLossType = stopLossType;
    }

    public Basis getStopLossBasis() {
        return stopLossBasis;
    }

    public void setStopLossBasis(Basis stopLossBasis) {
        this.stopLossBasis = stopLossBasis;
    }

    public BigDecimal getStopLossValue() {
        return stopLossValue;
    }

    public void setStopLossValue(BigDecimal stopLossValue) {
        this.stopLossValue = stopLossValue;
    }

    public BigDecimal getStopLossLimitOffset() {
        return stopLossLimitOffset;
    }

    public void setStopLossLimitOffset(BigDecimal stopLossLimitOffset) {
        this.stopLossLimitOffset = stopLossLimitOffset;
    }

    public Basis getTrailBasis() {
        return trailBasis;
    }

    public void setTrailBasis(Basis trailBasis) {
        this.trailBasis = trailBasis;
    }

    public BigDecimal getTrailValue() {
        return trailValue;
    }

    public void setTrailValue(BigDecimal trailValue) {
        this.trailValue = trailValue;
    }
}
