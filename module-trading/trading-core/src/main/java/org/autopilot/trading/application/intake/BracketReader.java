package org.autopilot.trading.application.intake;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.autopilot.trading.domain.planning.StopLoss;
import org.autopilot.trading.domain.planning.StopLossType;
import org.autopilot.trading.domain.planning.TakeProfit;

/** Reads the {@code takeProfit} and {@code stopLoss} objects of a webhook body with the contract's message codes. */
final class BracketReader {

    private final JsonObject json;

    BracketReader(JsonObject json) {
        this.json = json;
    }

    TakeProfit takeProfit() {
        JsonObject tp = object("takeProfit", "invalid-take-profit-value-required");
        if (tp == null) {
            return null;
        }
        BigDecimal percent = WebhookPayloadParser.positive(tp, "percent", "invalid-take-profit-percent");
        BigDecimal amount = WebhookPayloadParser.positive(tp, "amount", "invalid-take-profit-amount");
        BigDecimal limit = WebhookPayloadParser.positive(tp, "limitPrice", "invalid-take-profit-limit-price");
        if (percent != null && amount != null) {
            throw new InvalidSignal("invalid-take-profit-amount-and-percent", "takeProfit takes amount or percent, not both");
        }
        if (limit != null && (percent != null || amount != null)) {
            throw new InvalidSignal("invalid-take-profit-relative-and-absolute",
                    "takeProfit takes limitPrice or a relative value, not both");
        }
        if (limit == null && percent == null && amount == null) {
            throw new InvalidSignal("invalid-take-profit-value-required", "takeProfit needs limitPrice, percent or amount");
        }
        return new TakeProfit(limit, percent, amount);
    }

    StopLoss stopLoss() {
        JsonObject sl = object("stopLoss", "invalid-stop-loss-value-required");
        if (sl == null) {
            return null;
        }
        StopLossType type = WebhookPayloadParser.enumValue(sl, "type", StopLossType.class, "invalid-stop-loss-type");
        if (type == null) {
            type = StopLossType.STOP;
        }
        BigDecimal percent = WebhookPayloadParser.positive(sl, "percent", "invalid-stop-loss-percent");
        BigDecimal amount = WebhookPayloadParser.positive(sl, "amount", "invalid-stop-loss-amount");
        BigDecimal stop = WebhookPayloadParser.positive(sl, "stopPrice", "invalid-stop-loss-stop-price");
        BigDecimal limit = WebhookPayloadParser.positive(sl, "limitPrice", "invalid-stop-loss-limit-price");
        BigDecimal trailAmount = WebhookPayloadParser.positive(sl, "trailAmount", "invalid-stop-loss-trail-amount");
        BigDecimal trailPercent = WebhookPayloadParser.positive(sl, "trailPercent", "invalid-stop-loss-trail-percent");
        if (type == StopLossType.TRAILING_STOP) {
            if (trailAmount != null && trailPercent != null) {
                throw new InvalidSignal("invalid-stop-loss-trail-value", "a trailing stop takes trailAmount or trailPercent,"
                        + " not both");
            }
            if (trailAmount == null && trailPercent == null) {
                throw new InvalidSignal("invalid-stop-loss-trail-value-required",
                        "a trailing stop needs trailAmount or trailPercent");
            }
            if (percent != null || amount != null || stop != null || limit != null) {
                throw new InvalidSignal("invalid-stop-loss-trail-value", "a trailing stop takes only a trail value");
            }
            return new StopLoss(type, null, null, null, null, trailAmount, trailPercent);
        }
        if (trailAmount != null || trailPercent != null) {
            throw new InvalidSignal("invalid-stop-loss-trail-value", "trail values need type trailing_stop");
        }
        if (percent != null && amount != null) {
            throw new InvalidSignal("invalid-stop-loss-amount-and-percent", "stopLoss takes amount or percent, not both");
        }
        if (stop != null && (percent != null || amount != null)) {
            throw new InvalidSignal("invalid-stop-loss-relative-and-absolute",
                    "stopLoss takes stopPrice or a relative value, not both");
        }
        if (stop == null && percent == null && amount == null) {
            throw new InvalidSignal(type == StopLossType.STOP_LIMIT ? "invalid-stop-loss-stop-price-required"
                    : "invalid-stop-loss-value-required", "stopLoss needs stopPrice, percent or amount");
        }
        if ((type == StopLossType.STOP_LIMIT) != (limit != null)) {
            throw new InvalidSignal("invalid-stop-loss-limit-price", "stopLoss.limitPrice goes with type stop_limit, and"
                    + " stop_limit needs it");
        }
        return new StopLoss(type, stop, percent, amount, limit, null, null);
    }

    private JsonObject object(String name, String code) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidSignal(code, name + " must be an object");
        }
        return value.asJsonObject();
    }
}
