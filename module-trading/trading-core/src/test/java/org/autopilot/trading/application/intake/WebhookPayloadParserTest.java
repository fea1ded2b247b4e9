package org.autopilot.trading.application.intake;

import org.autopilot.trading.api.QuantityType;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.autopilot.trading.domain.planning.Sentiment;
import org.autopilot.trading.domain.planning.SignalAction;
import org.autopilot.trading.domain.planning.StopLossType;
import org.autopilot.trading.domain.planning.TradeSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookPayloadParserTest {

    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    private ParsedSignal parse(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(String body) {
        return assertThrows(InvalidSignal.class, () -> parse(body)).messageCode();
    }

    @Test
    void fullTradingViewAlertIsRead() {
        ParsedSignal parsed = parse("""
                {"ticker":"aapl","action":"buy","sentiment":"long","price":"191.25","quantity":10,
                 "quantityType":"fixed_quantity","orderType":"limit","limitPrice":191.2,"timeInForce":"gtc",
                 "time":"2026-01-15T14:30:00Z","cancel":false,"ignoreTradingWindows":true,
                 "takeProfit":{"percent":10},"stopLoss":{"type":"stop","percent":5},
                 "extras":{"strategy":"EMA"},"somethingElse":[1,2]}""");
        TradeSignal s = parsed.signal();
        assertEquals("AAPL", s.ticker());
        assertEquals(SignalAction.BUY, s.action());
        assertEquals(Sentiment.BULLISH, s.sentiment());
        assertEquals(new BigDecimal("191.25"), s.price());
        assertEquals(BigDecimal.TEN, s.quantity().setScale(0));
        assertEquals(QuantityType.FIXED_QUANTITY, s.quantityType());
        assertEquals(OrderType.LIMIT, s.orderType());
        assertEquals(new BigDecimal("191.2"), s.limitPrice());
        assertEquals(TimeInForce.GTC, s.timeInForce());
        assertEquals(Boolean.FALSE, s.cancel());
        assertTrue(s.ignoreTradingWindows());
        assertEquals(BigDecimal.TEN, s.takeProfit().percent().setScale(0));
        assertEquals(StopLossType.STOP, s.stopLoss().type());
        assertEquals(Instant.parse("2026-01-15T14:30:00Z"), parsed.time());
        assertEquals("AAPL", parsed.payload().getString("ticker"));
        assertEquals("EMA", parsed.payload().getJsonObject("extras").getString("strategy"));
        assertFalse(parsed.payload().containsKey("somethingElse"), "unknown fields are not echoed");
    }

    @Test
    void minimalSignalLeavesEverythingElseToTheSubscription() {
        TradeSignal s = parse("{\"ticker\":\"BTC/USD\",\"action\":\"exit\"}").signal();
        assertEquals("BTC/USD", s.ticker());
        assertNull(s.quantity());
        assertNull(s.cancel());
        assertFalse(s.ignoreTradingWindows());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "'   '                                                            | empty-json",
            "{ticker: AAPL}                                                   | malformed-json",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\"                            | malformed-json",
            "[1,2]                                                            | invalid-payload",
            "\"buy\"                                                          | invalid-payload",
            "{\"action\":\"buy\"}                                             | empty-ticker-name",
            "{\"ticker\":\"  \",\"action\":\"buy\"}                           | empty-ticker-name",
            "{\"ticker\":42,\"action\":\"buy\"}                               | invalid-payload",
            "{\"ticker\":\"<script>alert(1)</script>\",\"action\":\"buy\"}    | unsupported-ticker",
            "{\"ticker\":\"AAPL'; DROP TABLE signal;--\",\"action\":\"buy\"}  | unsupported-ticker",
            "{\"ticker\":\"AAPL\"}                                            | invalid-action",
            "{\"ticker\":\"AAPL\",\"action\":\"hold\"}                        | invalid-action",
            "{\"ticker\":\"AAPL\",\"action\":7}                               | invalid-action",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"sentiment\":\"up\"}    | invalid-sentiment",
            "{\"ticker\":\"AAPL\",\"action\":\"exit\",\"sentiment\":\"flat\"} | invalid-sentiment-action",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":0}          | invalid-quantity",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":-5}         | invalid-quantity",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":\"ten\"}    | invalid-quantity",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":1e400}      | invalid-quantity",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":true}       | invalid-quantity",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantityType\":\"dollar_amount\"} | quantity-type-requires-quantity",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"quantity\":1,\"quantityType\":\"shares\"} | invalid-quantity-type",
            "{\"ticker\":\"AAPL\",\"action\":\"cancel\",\"quantity\":1,\"quantityType\":\"fixed_quantity\"} | invalid-quantity-type-action",
            "{\"ticker\":\"AAPL\",\"action\":\"exit\",\"quantity\":1,\"quantityType\":\"risk_dollar_amount\"} | invalid-risk-dollar-amount-action",
            "{\"ticker\":\"AAPL\",\"action\":\"add\",\"quantity\":1,\"quantityType\":\"percent_of_position\"} | invalid-percent-of-position-action",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"orderType\":\"iceberg\"} | invalid-order-type",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"orderType\":\"trailing_stop\"} | invalid-trailing-stop",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"orderType\":\"trailing_stop\",\"trailAmount\":1,\"trailPercent\":1} | invalid-trailing-stop",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"timeInForce\":\"week\"}  | invalid-time-in-force",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"extendedHours\":\"yes\"} | invalid-extended-hours",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"time\":\"yesterday\"}    | invalid-payload",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"price\":-1}              | invalid-payload",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"takeProfit\":5}          | invalid-take-profit-value-required",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"takeProfit\":{}}         | invalid-take-profit-value-required",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"takeProfit\":{\"percent\":-1}} | invalid-take-profit-percent",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"takeProfit\":{\"amount\":\"x\"}} | invalid-take-profit-amount",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"takeProfit\":{\"limitPrice\":0}} | invalid-take-profit-limit-price",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"takeProfit\":{\"amount\":1,\"percent\":1}} | invalid-take-profit-amount-and-percent",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"takeProfit\":{\"limitPrice\":200,\"percent\":1}} | invalid-take-profit-relative-and-absolute",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"type\":\"guaranteed\",\"percent\":1}} | invalid-stop-loss-type",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{}}           | invalid-stop-loss-value-required",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"percent\":0}} | invalid-stop-loss-percent",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"amount\":-2}} | invalid-stop-loss-amount",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"stopPrice\":\"a\"}} | invalid-stop-loss-stop-price",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"amount\":1,\"percent\":1}} | invalid-stop-loss-amount-and-percent",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"stopPrice\":90,\"percent\":1}} | invalid-stop-loss-relative-and-absolute",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"type\":\"stop_limit\",\"limitPrice\":89}} | invalid-stop-loss-stop-price-required",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"type\":\"stop_limit\",\"stopPrice\":90}} | invalid-stop-loss-limit-price",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"stopPrice\":90,\"limitPrice\":89}} | invalid-stop-loss-limit-price",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"type\":\"trailing_stop\"}} | invalid-stop-loss-trail-value-required",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"type\":\"trailing_stop\",\"trailAmount\":1,\"trailPercent\":1}} | invalid-stop-loss-trail-value",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"type\":\"trailing_stop\",\"trailPercent\":-1}} | invalid-stop-loss-trail-percent",
            "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"stopLoss\":{\"trailAmount\":1}} | invalid-stop-loss-trail-value"})
    void refusalsCarryTheContractsMessageCode(String body, String code) {
        assertEquals(code, refusal(body));
    }

    @Test
    void deeplyNestedBodiesAreMalformedJsonNotServerErrors() {
        assertEquals("malformed-json", refusal("[".repeat(5_000)));
        assertEquals("malformed-json", refusal("{\"a\":".repeat(5_000)));
    }

    @Test
    void oversizedBodyIsRefusedBeforeParsing() {
        byte[] body = new byte[WebhookPayloadParser.MAX_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        assertEquals("invalid-message-length",
                assertThrows(InvalidSignal.class, () -> parser.parse(body)).messageCode());
    }

    @Test
    void messagesDoNotReflectHostileInput() {
        InvalidSignal e = assertThrows(InvalidSignal.class, () -> parse(
                "{\"ticker\":\"AAPL\",\"action\":\"buy\",\"orderType\":\"<img src=x onerror=alert(1)>aaaaaaaaaaaaaaaa\"}"));
        assertFalse(e.getMessage().contains("<"), e.getMessage());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @ParameterizedTest(name = "sentiment {0}")
    @CsvSource({"long, BULLISH", "bullish, BULLISH", "short, BEARISH", "BEARISH, BEARISH", "flat, FLAT"})
    void sentimentAcceptsTradingViewsMarketPositionWords(String word, Sentiment expected) {
        assertEquals(expected, parse("{\"ticker\":\"AAPL\",\"action\":\"sell\",\"sentiment\":\"" + word + "\"}")
                .signal().sentiment());
    }
}
