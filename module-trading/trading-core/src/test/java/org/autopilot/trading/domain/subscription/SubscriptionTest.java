package org.autopilot.trading.domain.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StaleEdit;
import org.autopilot.trading.api.StopLossDefault;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.TakeProfitDefault;
import org.autopilot.trading.domain.planning.StopLoss;
import org.autopilot.trading.domain.planning.StopLossType;
import org.autopilot.trading.domain.planning.SubscriptionPolicy;
import org.autopilot.trading.domain.planning.TakeProfit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A subscription's settings: what the planner gets, what is refused (naming the field), and stale edits. */
class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-03-04T15:00:00Z");

    private static Subscription subscribed() {
        return Subscription.subscribe(UUID.randomUUID(), UUID.randomUUID(), SubscriptionSettings.defaults(), NOW);
    }

    private static SubscriptionSettings with(OrderDefaults own, String multiplier, AllowedSides sides, String windows) {
        return new SubscriptionSettings(true, false, true, true, false, true, own,
                multiplier == null ? null : new BigDecimal(multiplier), sides, false, true, true, false, windows, false);
    }

    @Test
    void thePolicyCarriesTheAccountsOwnBracketDefaults() {
        OrderDefaults own = new OrderDefaults(QuantityType.DOLLAR_AMOUNT, new BigDecimal("2500"), OrderType.LIMIT, null,
                null, new TakeProfitDefault(null, new BigDecimal("3")),
                new StopLossDefault(StopLossDefault.Type.STOP, new BigDecimal("2"), null, null, null, null));
        Subscription subscription = Subscription.subscribe(UUID.randomUUID(), UUID.randomUUID(),
                with(own, "1.5", AllowedSides.LONG_ONLY, "fri,mon 09:30-16:00"), NOW);

        SubscriptionPolicy policy = subscription.policy();
        assertEquals(new TakeProfit(null, null, new BigDecimal("3")), policy.own().takeProfit());
        assertEquals(new StopLoss(StopLossType.STOP, null, new BigDecimal("2"), null, null, null, null),
                policy.own().stopLoss());
        assertFalse(policy.useSignal().orderType());
        assertEquals(new BigDecimal("1.5"), policy.multiplier());
        assertEquals("Mon,Fri 09:30-16:00", subscription.toView().settings().tradingWindows(),
                "stored in the canonical text of exchange sessions");
        assertEquals(own, subscription.toView().settings().orderDefaults());
    }

    @ParameterizedTest(name = "{3}: {4}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "0;        BOTH; '';                    multiplier;     multiplier must be positive, got 0",
            "-;        BOTH; '';                    multiplier;     multiplier is required (1 keeps sizes as they are)",
            "1.1234567; BOTH; '';                   multiplier;     multiplier takes at most 6 decimals, got 1.1234567",
            "1;        -;    '';                    sides;          sides is required: both, long_only or short_only",
            "1;        BOTH; MON 9:30;              tradingWindows; 'trading windows: \"MON 9:30\": times are HH:mm-HH:mm, such as 09:30-16:00, got 9:30'",
            "1;        BOTH; WKD 09:30-16:00;       tradingWindows; 'trading windows: \"WKD 09:30-16:00\": unknown day \"WKD\"; days are Mon, Tue, Wed, Thu, Fri, Sat, Sun'",
            "1;        BOTH; 09:30-16:00;           tradingWindows; 'trading windows: \"09:30-16:00\": \"09:30-16:00\" is not Days HH:mm-HH:mm, such as Mon-Fri 09:30-16:00'",
            "1;        BOTH; 'Mon 09:00-17:00; mon 12:00-13:00'; tradingWindows; 'trading windows: \"Mon 09:00-17:00; mon 12:00-13:00\": Mon 09:00-17:00 overlaps Mon 12:00-13:00'"})
    void refusalsNameTheirFieldAndChangeNothing(String multiplier, AllowedSides sides, String windows, String field,
                                                String message) {
        Subscription subscription = subscribed();
        InvalidSetting refused = assertThrows(InvalidSetting.class,
                () -> subscription.change(0, with(OrderDefaults.none(), multiplier, sides, windows)));
        assertEquals(field, refused.field());
        assertEquals(message, refused.getMessage());
        assertEquals(SubscriptionSettings.defaults(), subscription.toView().settings());
    }

    @Test
    void invalidOwnDefaultsAreRefusedWithTheirField() {
        OrderDefaults noType = new OrderDefaults(null, null, null, null, null, null,
                new StopLossDefault(null, new BigDecimal("2"), null, null, null, null));
        InvalidSetting refused = assertThrows(InvalidSetting.class, () -> Subscription.subscribe(UUID.randomUUID(),
                UUID.randomUUID(), with(noType, "1", AllowedSides.BOTH, ""), NOW));
        assertEquals("stopLoss.type", refused.field());
    }

    @Test
    void aChangeOnAnOldVersionIsStale() {
        Subscription subscription = subscribed();
        StaleEdit stale = assertThrows(StaleEdit.class, () -> subscription.change(4, SubscriptionSettings.defaults()));
        assertTrue(stale.getMessage().contains("(your version 4, now 0)"), stale.getMessage());
    }

    @Test
    void enablingReportsWhetherAnythingChanged() {
        Subscription subscription = subscribed();
        assertFalse(subscription.setEnabled(true));
        assertTrue(subscription.setEnabled(false));
        assertFalse(subscription.toView().enabled());
    }
}
