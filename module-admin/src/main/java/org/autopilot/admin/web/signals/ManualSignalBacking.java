package org.autopilot.admin.web.signals;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.autopilot.admin.web.forms.FormMessages;
import org.autopilot.admin.web.session.SignedInStaff;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.ManualSignals;

/**
 * The form of an operator's signal: the webhook's fields, turned into the same JSON a webhook sends and submitted
 * through the same rules. Each rendering of the form carries its own idempotency key, so a double click or a
 * resubmitted form enters the signal once.
 */
@Named
@ViewScoped
public class ManualSignalBacking implements Serializable {

    private static final String FORM = "manualForm";
    private static final List<Map.Entry<String, String>> FIELDS = List.of(Map.entry("ticker", "ticker"),
            Map.entry("quantity", "quantity"), Map.entry("limit", "limitPrice"), Map.entry("stop", "stopPrice"),
            Map.entry("sentiment", "sentiment"), Map.entry("action", "action"));

    @Inject
    ManualSignals signals;

    @Inject
    SignedInStaff staff;

    private String submissionKey = UUID.randomUUID().toString();
    private String strategyId;
    private String ticker;
    private String action = "buy";
    private String sentiment;
    private String quantityType;
    private BigDecimal quantity;
    private String orderType = "market";
    private BigDecimal limitPrice;
    private BigDecimal stopPrice;
    private String timeInForce;
    private BigDecimal takeProfitPercent;
    private BigDecimal stopLossPercent;

    /** The JSON the form stands for, exactly as it is submitted. */
    public String getPayload() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text(json, "ticker", ticker == null ? null : ticker.strip().toUpperCase());
        text(json, "action", action);
        text(json, "sentiment", sentiment);
        text(json, "quantityType", quantityType);
        number(json, "quantity", quantity);
        text(json, "orderType", orderType);
        number(json, "limitPrice", limitPrice);
        number(json, "stopPrice", stopPrice);
        text(json, "timeInForce", timeInForce);
        if (takeProfitPercent != null) {
            json.add("takeProfit", Json.createObjectBuilder().add("percent", takeProfitPercent));
        }
        if (stopLossPercent != null) {
            json.add("stopLoss", Json.createObjectBuilder().add("percent", stopLossPercent));
        }
        return json.build().toString();
    }

    public void submit() throws IOException {
        try {
            UUID id = signals.submit(strategyId == null ? null : UUID.fromString(strategyId), getPayload(),
                    submissionKey, staff.getUsername());
            submissionKey = UUID.randomUUID().toString();
            FormMessages.done(null, "Manual signal accepted", "It trades like a webhook signal; its log follows.");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect("detail.xhtml?id=" + id);
        } catch (InvalidSetting e) {
            if (e.field().equals("strategy")) {
                FormMessages.refusalAt(FORM + ":strategy", e.getMessage());
            } else {
                FormMessages.refusal(FORM, e.getMessage(), FIELDS);
            }
        }
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value != null) {
            BigDecimal plain = value.stripTrailingZeros();
            json.add(name, plain.scale() < 0 ? plain.setScale(0) : plain); // 100, not 1E+2
        }
    }

    public String getStrategyId() {
        return strategyId;
    }

    public void setStrategyId(String strategyId) {
        this.strategyId = strategyId;
    }

    public String getTicker() {
        return ticker;
    }

    public void setTicker(String ticker) {
        this.ticker = ticker;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = sentiment;
    }

    public String getQuantityType() {
        return quantityType;
    }

    public void setQuantityType(String quantityType) {
        this.quantityType = quantityType;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getOrderType() {
        return orderType;
    }

    public void setOrderType(String orderType) {
        this.orderType = orderType;
    }

    public BigDecimal getLimitPrice() {
        return limitPrice;
    }

    public void setLimitPrice(BigDecimal limitPrice) {
        this.limitPrice = limitPrice;
    }

    public BigDecimal getStopPrice() {
        return stopPrice;
    }

    public void setStopPrice(BigDecimal stopPrice) {
        this.stopPrice = stopPrice;
    }

    public String getTimeInForce() {
        return timeInForce;
    }

    public void setTimeInForce(String timeInForce) {
        this.timeInForce = timeInForce;
    }

    public BigDecimal getTakeProfitPercent() {
        return takeProfitPercent;
    }

    public void setTakeProfitPercent(BigDecimal takeProfitPercent) {
        this.takeProfitPercent = takeProfitPercent;
    }

    public BigDecimal getStopLossPercent() {
        return stopLossPercent;
    }

    public void setStopLossPercent(BigDecimal stopLossPercent) {
        this.stopLossPercent = stopLossPercent;
    }
}
