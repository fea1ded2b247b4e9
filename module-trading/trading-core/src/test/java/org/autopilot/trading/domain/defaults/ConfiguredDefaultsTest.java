package org.autopilot.trading.domain.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StopLossDefault;
import org.autopilot.trading.api.TakeProfitDefault;
import org.autopilot.trading.domain.planning.OrderSettings;
import org.autopilot.trading.domain.planning.StopLoss;
import org.autopilot.trading.domain.planning.StopLossType;
import org.autopilot.trading.domain.planning.TakeProfit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Order defaults as configured: what the planner gets from them, and every refusal with the field it names. */
class ConfiguredDefaultsTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void thePlannerGetsEveryFieldIncludingTheBrackets() {
        OrderDefaults defaults = new OrderDefaults(QuantityType.DOLLAR_AMOUNT, d("2500.00"), OrderType.LIMIT,
                OrderType.MARKET, TimeInForce.GTC, new TakeProfitDefault(d("10"), null),
                new StopLossDefault(StopLossDefault.Type.STOP_LIMIT, null, d("1.5"), d("0.25"), null, null));
        ConfiguredDefaults configured = ConfiguredDefaults.of(defaults);

        assertEquals(new OrderSettings(QuantityType.DOLLAR_AMOUNT, d("2500.00"), OrderType.LIMIT, OrderType.MARKET,
                TimeInForce.GTC, new TakeProfit(null, d("10"), null),
                new StopLoss(StopLossType.STOP_LIMIT, null, null, d("1.5"), null, null, null, d("0.25"))),
                configured.settings());
        assertEquals(new BigDecimal("2500"), configured.toApi().quantity(), "views read back without trailing zeros");
        assertEquals(defaults.stopLoss(), configured.toApi().stopLoss());
    }

    @Test
    void nothingSetIsThePlannersNone() {
        assertEquals(OrderSettings.NONE, ConfiguredDefaults.of(null).settings());
        assertEquals(OrderSettings.NONE, ConfiguredDefaults.orNone(null).settings());
        assertEquals(OrderDefaults.none(), ConfiguredDefaults.orNone(null).toApi());
    }

    @Test
    void trailingStopsTrailByAnAmountOrAPercent() {
        StopLossDefault trail = new StopLossDefault(StopLossDefault.Type.TRAILING_STOP, null, null, null, null, d("0.8"));
        StopLoss loss = ConfiguredDefaults.of(new OrderDefaults(null, null, null, null, null, null, trail))
                .settings().stopLoss();
        assertEquals(StopLossType.TRAILING_STOP, loss.type());
        assertEquals(d("0.8"), loss.trailPercent());
        assertNull(loss.trailAmount());
    }

    /** Take profit "percent:amount", stop loss "TYPE:percent:amount:limitOffset:trailAmount:trailPercent" ("?" = no type). */
    @ParameterizedTest(name = "{4}: {5}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "-;                   10;          -;      -;                          quantityType;         quantity and quantityType go together: set both or neither",
            "FIXED_QUANTITY;      -;           -;      -;                          quantity;             quantity and quantityType go together: set both or neither",
            "FIXED_QUANTITY;      0;           -;      -;                          quantity;             quantity must be positive, got 0",
            "FIXED_QUANTITY;      0.123456789; -;      -;                          quantity;             quantity takes at most 8 decimals, got 0.123456789",
            "PERCENT_OF_POSITION; 50;          -;      -;                          quantityType;         percent_of_position cannot be a default quantityType: it sizes a signal's exits only",
            "-;                   -;           5:2;    -;                          takeProfit;           takeProfit needs exactly one of percent, amount",
            "-;                   -;           -:-;    -;                          takeProfit;           takeProfit needs exactly one of percent, amount",
            "-;                   -;           -:-5;   -;                          takeProfit.amount;    takeProfit.amount must be positive, got -5",
            "-;                   -;           -;      ?:2:-:-:-:-;                stopLoss.type;        stopLoss.type is required: stop, stop_limit or trailing_stop",
            "-;                   -;           -;      STOP:-:-:-:-:-;             stopLoss;             stopLoss needs exactly one of percent, amount",
            "-;                   -;           -;      STOP:2:1:-:-:-;             stopLoss;             stopLoss needs exactly one of percent, amount",
            "-;                   -;           -;      STOP:100:-:-:-:-;           stopLoss.percent;     stopLoss.percent must be below 100, got 100",
            "-;                   -;           -;      STOP:2:-:0.5:-:-;           stopLoss.limitOffset; stopLoss.limitOffset goes with type stop_limit only",
            "-;                   -;           -;      STOP_LIMIT:2:-:-:-:-;       stopLoss.limitOffset; stopLoss.limitOffset is required for type stop_limit",
            "-;                   -;           -;      STOP_LIMIT:2:-:0:-:-;       stopLoss.limitOffset; stopLoss.limitOffset must be positive, got 0",
            "-;                   -;           -;      STOP:2:-:-:1:-;             stopLoss;             stopLoss.trailAmount and trailPercent go with type trailing_stop only",
            "-;                   -;           -;      TRAILING_STOP:-:-:-:-:-;    stopLoss;             a trailing_stop stopLoss needs exactly one of trailAmount, trailPercent",
            "-;                   -;           -;      TRAILING_STOP:-:-:-:1:1;    stopLoss;             a trailing_stop stopLoss needs exactly one of trailAmount, trailPercent",
            "-;                   -;           -;      TRAILING_STOP:2:-:-:1:-;    stopLoss;             a trailing_stop stopLoss takes trailAmount or trailPercent only",
            "-;                   -;           -;      TRAILING_STOP:-:-:-:-:150;  stopLoss.trailPercent; stopLoss.trailPercent must be below 100, got 150"})
    void refusalsNameTheirField(QuantityType quantityType, String quantity, String takeProfit, String stopLoss,
                                String field, String message) {
        TakeProfitDefault tp = takeProfit == null ? null : new TakeProfitDefault(value(takeProfit.split(":")[0]),
                value(takeProfit.split(":")[1]));
        StopLossDefault sl = stopLoss == null ? null : stopLoss(stopLoss.split(":"));
        InvalidSetting refused = assertThrows(InvalidSetting.class, () -> ConfiguredDefaults.of(
                new OrderDefaults(quantityType, d(quantity), null, null, null, tp, sl)));
        assertEquals(field, refused.field());
        assertEquals(message, refused.getMessage());
    }

    private static StopLossDefault stopLoss(String[] v) {
        return new StopLossDefault("?".equals(v[0]) ? null : StopLossDefault.Type.valueOf(v[0]), value(v[1]),
                value(v[2]), value(v[3]), value(v[4]), value(v[5]));
    }

    private static BigDecimal value(String text) {
        return "-".equals(text) ? null : new BigDecimal(text);
    }
}
