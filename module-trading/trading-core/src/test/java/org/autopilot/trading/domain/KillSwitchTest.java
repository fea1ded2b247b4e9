package org.autopilot.trading.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingState;
import org.junit.jupiter.api.Test;

class KillSwitchTest {

    @Test
    void newScopeStartsActive() {
        assertEquals(TradingState.ACTIVE, KillSwitch.forScope(SwitchLevel.BROKER_ACCOUNT, "acc-1").toView().state());
    }

    @Test
    void changeRecordsWhoWhenAndWhy() {
        KillSwitch s = KillSwitch.forScope(SwitchLevel.STRATEGY, "s-1");
        s.switchTo(TradingState.HALTED, "  broker outage ", "oscar", Instant.parse("2026-02-02T09:30:00.000000999Z"));
        KillSwitchView view = s.toView();
        assertEquals(TradingState.HALTED, view.state());
        assertEquals("broker outage", view.reason());
        assertEquals("oscar", view.changedBy());
        assertEquals(Instant.parse("2026-02-02T09:30:00Z"), view.changedAt());
    }

    @Test
    void changeWithoutReasonOrActorIsRefusedAndLeavesTheStateAlone() {
        KillSwitch s = KillSwitch.forScope(SwitchLevel.SUBSCRIPTION, "sub-1");
        assertThrows(IllegalArgumentException.class, () -> s.switchTo(TradingState.HALTED, "", "oscar", Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> s.switchTo(TradingState.HALTED, "why", " ", Instant.now()));
        assertEquals(TradingState.ACTIVE, s.toView().state());
    }
}
