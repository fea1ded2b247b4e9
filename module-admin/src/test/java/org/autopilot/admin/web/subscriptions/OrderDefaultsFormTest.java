package org.autopilot.admin.web.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StopLossDefault;
import org.autopilot.trading.api.TakeProfitDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "kind + value" form reads every api variant and gives it back unchanged; refusals land on the right field. */
class OrderDefaultsFormTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** Take profit "percent:amount", stop loss "TYPE:percent:amount:limitOffset:trailAmount:trailPercent". */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "-;      -",
            "4:-;    STOP:2:-:-:-:-",
            "-:3;    STOP_LIMIT:-:1.5:0.25:-:-",
            "-;      TRAILING_STOP:-:-:-:-:0.8",
            "-;      TRAILING_STOP:-:-:-:1.2:-"})
    void everyVariantSurvivesTheForm(String takeProfit, String stopLoss) {
        OrderDefaults defaults = new OrderDefaults(QuantityType.DOLLAR_AMOUNT, d("2500"), OrderType.LIMIT, null,
                TimeInForce.GTC, takeProfit == null ? null : new TakeProfitDefault(part(takeProfit, 0), part(takeProfit, 1)),
                stopLoss == null ? null : new StopLossDefault(StopLossDefault.Type.valueOf(stopLoss.split(":")[0]),
                        part(stopLoss, 1), part(stopLoss, 2), part(stopLoss, 3), part(stopLoss, 4), part(stopLoss, 5)));
        assertEquals(defaults, OrderDefaultsForm.of(defaults).toDefaults());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "stopLoss;              STOP;          stopLossValue",
            "stopLoss;              TRAILING_STOP; trailValue",
            "stopLoss.trailPercent; TRAILING_STOP; trailValue",
            "takeProfit.amount;     -;             takeProfitValue",
            "stopLoss.limitOffset;  STOP_LIMIT;    stopLossLimitOffset",
            "sides;                 -;             -"})
    void refusalsLandOnTheirComponent(String field, StopLossDefault.Type type, String component) {
        OrderDefaultsForm form = OrderDefaultsForm.of(OrderDefaults.none());
        form.setStopLossType(type);
        assertEquals(component, form.componentFor(field));
    }

    @ParameterizedTest
    @CsvSource({"PERCENT", "AMOUNT"})
    void aValueWithoutItsKindIsNotSent(OrderDefaultsForm.Basis basis) {
        OrderDefaultsForm form = OrderDefaultsForm.of(OrderDefaults.none());
        form.setStopLossBasis(basis);
        form.setStopLossValue(BigDecimal.TEN);
        assertNull(form.toDefaults().stopLoss(), "no stop loss type chosen: no stop loss");
    }

    private static BigDecimal part(String spec, int index) {
        String value = spec.split(":")[index];
        return "-".equals(value) ? null : new BigDecimal(value);
    }
}
