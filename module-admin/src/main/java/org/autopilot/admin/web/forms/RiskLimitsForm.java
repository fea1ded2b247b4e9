package org.autopilot.admin.web.forms;

import java.io.Serializable;
import java.math.BigDecimal;
import org.autopilot.trading.api.RiskLimits;

/** The editable fields of an account's or a strategy's risk limits; an empty field is "no limit". */
public class RiskLimitsForm implements Serializable {

    private BigDecimal maxOrderQuantity;
    private BigDecimal maxOrderNotional;
    private BigDecimal maxPosition;
    private BigDecimal maxGrossExposure;
    private Integer maxOpenOrders;
    private Integer maxOrdersPerMinute;
    private Integer duplicateWindowSeconds;
    private BigDecimal maxDailyLoss;

    public static RiskLimitsForm of(RiskLimits l) {
        RiskLimitsForm f = new RiskLimitsForm();
        f.maxOrderQuantity = l.maxOrderQuantity();
        f.maxOrderNotional = l.maxOrderNotional();
        f.maxPosition = l.maxPosition();
        f.maxGrossExposure = l.maxGrossExposure();
        f.maxOpenOrders = l.maxOpenOrders();
        f.maxOrdersPerMinute = l.maxOrdersPerMinute();
        f.duplicateWindowSeconds = l.duplicateWindowSeconds();
        f.maxDailyLoss = l.maxDailyLoss();
        return f;
    }

    public RiskLimits toLimits() {
        return new RiskLimits(maxOrderQuantity, maxOrderNotional, maxPosition, maxGrossExposure, maxOpenOrders,
                maxOrdersPerMinute, duplicateWindowSeconds, maxDailyLoss);
    }

    public BigDecimal getMaxOrderQuantity() {
        return maxOrderQuantity;
    }

    public void setMaxOrderQuantity(BigDecimal maxOrderQuantity) {
        this.maxOrderQuantity = maxOrderQuantity;
    }

    public BigDecimal getMaxOrderNotional() {
        return maxOrderNotional;
    }

    public void setMaxOrderNotional(BigDecimal maxOrderNotional) {
        this.maxOrderNotional = maxOrderNotional;
    }

    public BigDecimal getMaxPosition() {
        return maxPosition;
    }

    public void setMaxPosition(BigDecimal maxPosition) {
        this.maxPosition = maxPosition;
    }

    public BigDecimal getMaxGrossExposure() {
        return maxGrossExposure;
    }

    public void setMaxGrossExposure(BigDecimal maxGrossExposure) {
        this.maxGrossExposure = maxGrossExposure;
    }

    public Integer getMaxOpenOrders() {
        return maxOpenOrders;
    }

    public void setMaxOpenOrders(Integer maxOpenOrders) {
        this.maxOpenOrders = maxOpenOrders;
    }

    public Integer getMaxOrdersPerMinute() {
        return maxOrdersPerMinute;
    }

    public void setMaxOrdersPerMinute(Integer maxOrdersPerMinute) {
        this.maxOrdersPerMinute = maxOrdersPerMinute;
    }

    public Integer getDuplicateWindowSeconds() {
        return duplicateWindowSeconds;
    }

    public void setDuplicateWindowSeconds(Integer duplicateWindowSeconds) {
        this.duplicateWindowSeconds = duplicateWindowSeconds;
    }

    public BigDecimal getMaxDailyLoss() {
        return maxDailyLoss;
    }

    public void setMaxDailyLoss(BigDecimal maxDailyLoss) {
        this.maxDailyLoss = maxDailyLoss;
    }
}
