package org.autopilot.trading.application.intake;

import org.autopilot.trading.api.QuantityType;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.autopilot.trading.domain.planning.Sentiment;
import org.autopilot.trading.domain.planning.SignalAction;
import org.autopilot.trading.domain.planning.TradeSignal;

/**
 * Reads a webhook body (JSON whatever the content type, at most {@value #MAX_BYTES} bytes) into a
 * {@link ParsedSignal}, or refuses it with the contract's message code. Field names are case-sensitive; unknown
 * fields are ignored here (the raw body is kept by the caller). Thread-safe.
 */
public final class WebhookPayloadParser {

    /**
     * The one JSON-P provider of the intake. {@code Json.createReader} and friends look the provider up again on every
     * call (a service-loader search that throws a {@code ClassNotFoundException} inside WildFly each time), which
     * cost about a quarter of a webhook's CPU time in the benchmark profile.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    /** SIGNALS.md: "At most 64 KiB". */
    public static final int MAX_BYTES = 64 * 1024;

    private static final Pattern TICKER = Pattern.compile("[A-Z0-9][A-Z0-9 .:/_!-]{0,31}");

    /** TradingView's {{strategy.market_position}} says long/short; the contract says bullish/bearish. */
    private static final Map<String, Sentiment> SENTIMENTS = Map.of("bullish", Sentiment.BULLISH, "long",
            Sentiment.BULLISH, "bearish", Sentiment.BEARISH, "short", Sentiment.BEARISH, "flat", Sentiment.FLAT);

    public ParsedSignal parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new InvalidSignal("invalid-message-length", "the body has " + body.length + " bytes; at most "
                    + MAX_BYTES + " are accepted");
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new InvalidSignal("empty-json", "the body is empty; send a JSON object with at least ticker and action");
        }
        JsonObject json = readObject(text);
        JsonObjectBuilder echo = JSON.createObjectBuilder();
        String ticker = ticker(json);
        echo.add("ticker", ticker);
        SignalAction action = action(json);
        echo.add("action", action.name().toLowerCase(Locale.ROOT));
        Sentiment sentiment = sentiment(json, action);
        BigDecimal quantity = positive(json, "quantity", "invalid-quantity");
        QuantityType quantityType = quantityType(json, action, quantity);
        OrderType orderType = enumValue(json, "orderType", OrderType.class, "invalid-order-type");
        TimeInForce timeInForce = enumValue(json, "timeInForce", TimeInForce.class, "invalid-time-in-force");
        BigDecimal price = positive(json, "price", "invalid-payload");
        if (price == null) {
            price = positive(json, "signalPrice", "invalid-payload");
        }
        BigDecimal limitPrice = positive(json, "limitPrice", "invalid-payload");
        BigDecimal stopPrice = positive(json, "stopPrice", "invalid-payload");
        if (orderType == OrderType.TRAILING_STOP) {
            boolean amount = json.containsKey("trailAmount");
            if (amount == json.containsKey("trailPercent")) {
                throw new InvalidSignal("invalid-trailing-stop",
                        "a trailing_stop order needs exactly one of trailAmount and trailPercent");
            }
            positive(json, amount ? "trailAmount" : "trailPercent", "invalid-trailing-stop");
        }
        Instant time = time(json);
        Boolean cancel = bool(json, "cancel", "invalid-payload");
        Boolean ignoreWindows = bool(json, "ignoreTradingWindows", "invalid-payload");
        bool(json, "extendedHours", "invalid-extended-hours");
        BracketReader brackets = new BracketReader(json);
        TradeSignal signal = new TradeSignal(ticker, action, sentiment, quantity, quantityType, orderType, limitPrice,
                stopPrice, price, timeInForce, brackets.takeProfit(), brackets.stopLoss(), cancel,
                Boolean.TRUE.equals(ignoreWindows));
        echoOptional(json, echo, "sentiment", "price", "signalPrice", "quantity", "quantityType", "orderType",
                "limitPrice", "stopPrice", "trailAmount", "trailPercent", "timeInForce", "time", "cancel",
                "ignoreTradingWindows", "extendedHours", "takeProfit", "stopLoss", "test", "extras");
        return new ParsedSignal(signal, time, echo.build());
    }

    private static JsonObject readObject(String text) {
        JsonValue value;
        try (var reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidSignal("malformed-json", "the body is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // JsonException, and the bare RuntimeException Parsson throws for nesting deeper than 1000 levels
            throw new InvalidSignal("malformed-json", "the body is not valid JSON, or is nested too deeply");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidSignal("invalid-payload", "the body must be a JSON object, got " + value.getValueType()
                    .name().toLowerCase(Locale.ROOT));
        }
        return value.asJsonObject();
    }

    private static String ticker(JsonObject json) {
        JsonValue value = json.get("ticker");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                || (value instanceof JsonString s && s.getString().isBlank())) {
            throw new InvalidSignal("empty-ticker-name", "ticker is required");
        }
        if (!(value instanceof JsonString s)) {
            throw new InvalidSignal("invalid-payload", "ticker must be a string");
        }
        String ticker = s.getString().strip().toUpperCase(Locale.ROOT);
        if (!TICKER.matcher(ticker).matches()) {
            throw new InvalidSignal("unsupported-ticker",
                    "ticker must be 1-32 letters, digits, space or . : / _ ! - characters");
        }
        return ticker;
    }

    private static SignalAction action(JsonObject json) {
        String action = string(json, "action", "invalid-action");
        if (action == null) {
            throw new InvalidSignal("invalid-action", "action is required: buy, sell, exit, cancel or add");
        }
        try {
            return SignalAction.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSignal("invalid-action", "action must be buy, sell, exit, cancel or add");
        }
    }

    private static Sentiment sentiment(JsonObject json, SignalAction action) {
        String value = string(json, "sentiment", "invalid-sentiment");
        if (value == null) {
            return null;
        }
        Sentiment sentiment = SENTIMENTS.get(value.toLowerCase(Locale.ROOT));
        if (sentiment == null) {
            throw new InvalidSignal("invalid-sentiment", "sentiment must be bullish, bearish or flat (or long, short)");
        }
        if (action == SignalAction.EXIT || action == SignalAction.CANCEL || action == SignalAction.ADD) {
            throw new InvalidSignal("invalid-sentiment-action", "sentiment goes with buy and sell only");
        }
        return sentiment;
    }

    private static QuantityType quantityType(JsonObject json, SignalAction action, BigDecimal quantity) {
        QuantityType type = enumValue(json, "quantityType", QuantityType.class, "invalid-quantity-type");
        if (type == null) {
            return null;
        }
        if (quantity == null) {
            throw new InvalidSignal("quantity-type-requires-quantity", "quantityType needs a quantity");
        }
        if (action == SignalAction.CANCEL) {
            throw new InvalidSignal("invalid-quantity-type-action", "cancel takes no quantity");
        }
        if (type == QuantityType.RISK_DOLLAR_AMOUNT && action == SignalAction.EXIT) {
            throw new InvalidSignal("invalid-risk-dollar-amount-action", "risk_dollar_amount sizes entries, not exits");
        }
        if (type == QuantityType.PERCENT_OF_POSITION && action == SignalAction.ADD) {
            throw new InvalidSignal("invalid-percent-of-position-action",
                    "percent_of_position goes with buy, sell and exit only");
        }
        return type;
    }

    private static Instant time(JsonObject json) {
        String value = string(json, "time", "invalid-payload");
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidSignal("invalid-payload", "time must be an ISO-8601 timestamp with offset, e.g. "
                    + "2026-01-15T14:30:00Z");
        }
    }

    /** A string field, or null when absent or JSON null. */
    static String string(JsonObject json, String name, String code) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw new InvalidSignal(code, name + " must be a string");
        }
        return s.getString();
    }

    /** A positive number, given as a JSON number or a numeric string (TradingView placeholders); null when absent. */
    static BigDecimal positive(JsonObject json, String name, String code) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        BigDecimal number;
        if (value instanceof JsonNumber n) {
            number = n.bigDecimalValue();
        } else if (value instanceof JsonString s) {
            try {
                number = new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidSignal(code, name + " must be a number, got \"" + abbreviate(s.getString()) + "\"");
            }
        } else {
            throw new InvalidSignal(code, name + " must be a number");
        }
        if (number.signum() <= 0 || number.precision() - number.scale() > 15 || number.scale() > 12) {
            throw new InvalidSignal(code, name + " must be a positive number with at most 15 integer and 12 decimal"
                    + " digits, got " + abbreviate(number.toPlainString()));
        }
        return number.stripTrailingZeros();
    }

    private static Boolean bool(JsonObject json, String name, String code) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidSignal(code, name + " must be true or false");
    }

    static <E extends Enum<E>> E enumValue(JsonObject json, String name, Class<E> type, String code) {
        String value = string(json, name, code);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSignal(code, name + " \"" + abbreviate(value) + "\" is not one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static void echoOptional(JsonObject json, JsonObjectBuilder echo, String... names) {
        for (String name : names) {
            if (json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL) {
                echo.add(name, json.get(name));
            }
        }
    }

    /** Values quoted back in messages are cut short: the message must not become a reflection channel. */
    static String abbreviate(String value) {
        String clean = value.replaceAll("[^\\p{Alnum} ._:/-]", "?");
        return clean.length() <= 24 ? clean : clean.substring(0, 24) + "...";
    }
}
