package org.autopilot.it.trading;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.UUID;
import org.autopilot.it.support.Deployments;
import org.autopilot.it.support.InContainer;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Trading persistence inside WildFly: the seeded platform switch, a switch change round trip and its audit event. */
@ExtendWith(ArquillianExtension.class)
class TradingControlIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(TradingControlIT.class);
    }

    @Inject
    TradingControl trading;

    @Test
    void flywaySeededThePlatformSwitch() {
        assertTrue(InContainer.appliedMigrations("trading").contains("1"));
        KillSwitchView platform = trading.platform();
        assertEquals(SwitchLevel.PLATFORM, platform.level());
        assertEquals(TradingState.ACTIVE, platform.state());
    }

    @Test
    void switchChangeIsStoredAndAudited() {
        String strategy = UUID.randomUUID().toString();
        KillSwitchView halted = trading.change(SwitchLevel.STRATEGY, strategy, TradingState.HALTED, "runaway losses", "oscar");
        assertEquals(TradingState.HALTED, halted.state());

        KillSwitchView reducing = trading.change(SwitchLevel.STRATEGY, strategy, TradingState.REDUCING, "exits only", "oscar");
        assertEquals("exits only", reducing.reason());
        assertEquals(java.util.List.of("REDUCING"),
                InContainer.column("select state from kill_switch where scope_id = ?", strategy));

        await().atMost(InContainer.PATIENCE).until(() -> InContainer.column(
                "select after_state from audit_entry where action = 'kill-switch.changed' and subject_id = ? order by sequence_no",
                "STRATEGY:" + strategy).size() == 2);
        assertEquals(java.util.List.of("HALTED", "REDUCING"), InContainer.column(
                "select after_state from audit_entry where subject_id = ? order by sequence_no", "STRATEGY:" + strategy));
    }

    @Test
    void changeWithoutReasonIsRefusedAndNothingChanges() {
        String account = UUID.randomUUID().toString();
        assertThrows(IllegalArgumentException.class,
                () -> trading.change(SwitchLevel.BROKER_ACCOUNT, account, TradingState.HALTED, " ", "oscar"));
        assertTrue(InContainer.column("select state from kill_switch where scope_id = ?", account).isEmpty());
    }
}
