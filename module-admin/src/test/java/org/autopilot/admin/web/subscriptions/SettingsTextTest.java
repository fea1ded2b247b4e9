package org.autopilot.admin.web.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StopLossDefault;
import org.autopilot.trading.api.SubscriptionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a subscription reads in the dense table. */
class SettingsTextTest {

    private static SubscriptionSettings settings(OrderDefaults own, String windows, boolean useSignal) {
        return new SubscriptionSettings(useSignal, useSignal, useSignal, true, useSignal, useSignal, own,
                BigDecimal.ONE, AllowedSides.BOTH, true, false, false, true, windows, true);
    }

    @ParameterizedTest(name = "windows \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Mon-Fri 09:30-16:00|Mon-Fri 09:30-16:00 (exits any time)",
            "Mon,Wed-Thu 09:30-16:00; Sat-Sun 10:00-12:00|Mon,Wed-Thu 09:30-16:00; Sat-Sun 10:00-12:00 (exits any time)",
            "''|always"})
    void windowsReadAsStored(String windows, String expected) {
        assertEquals(expected, SettingsText.windows(settings(OrderDefaults.none(), windows, true)));
    }

    @Test
    void ownValuesFollowTheSignalWhereItIsUsed() {
        OrderDefaults own = new OrderDefaults(QuantityType.DOLLAR_AMOUNT, new BigDecimal("2500"), OrderType.LIMIT, null,
                null, null, new StopLossDefault(StopLossDefault.Type.STOP_LIMIT, null, new BigDecimal("1.5"),
                new BigDecimal("0.25"), null, null));
        SubscriptionSettings used = settings(own, "", true);
        assertEquals("signal, else 2500 amount", SettingsText.sizing(used));
        assertEquals("signal, else limit / strategy", SettingsText.orderTypes(used));
        assertEquals("signal, else stop limit ±1.5, limit +0.25", SettingsText.stopLoss(used));
        SubscriptionSettings own2 = settings(OrderDefaults.none(), "", false);
        assertEquals("strategy", SettingsText.orderTypes(own2));
        assertEquals("strategy", SettingsText.takeProfit(own2));
    }
}
