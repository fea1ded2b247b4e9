package org.autopilot.trading.domain.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.NotificationLevel;
import org.autopilot.trading.api.NotificationSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each level lets through, and the e-mail channel's need for an address. */
class NotificationPreferenceTest {

    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource({"ALL, INFO, true", "ALL, WARNING, true", "ALL, FAILURE, true",
            "FAILURES_ONLY, INFO, false", "FAILURES_ONLY, WARNING, true", "FAILURES_ONLY, FAILURE, true",
            "NONE, INFO, false", "NONE, WARNING, false", "NONE, FAILURE, false"})
    void levelsAdmitSeverities(NotificationLevel level, NotificationSeverity severity, boolean admitted) {
        assertEquals(admitted, level.admits(severity));
    }

    @Test
    void defaultsMailWarningsAndFailuresOnlyWhenAnAddressIsKnown() {
        assertEquals(NotificationLevel.FAILURES_ONLY, NotificationPreference.defaults("oscar", "oscar@example.com").byEmail());
        assertEquals(NotificationLevel.NONE, NotificationPreference.defaults("oscar", null).byEmail());
        assertEquals(NotificationLevel.NONE, NotificationPreference.defaults("oscar", "not-an-address").byEmail());
        assertEquals(NotificationLevel.ALL, NotificationPreference.defaults("oscar", null).inApp());
    }

    @Test
    void eMailNeedsAValidAddressAndNothingChangesOnARefusal() {
        NotificationPreference p = NotificationPreference.defaults("oscar", null);
        assertEquals("email", assertThrows(InvalidSetting.class,
                () -> p.change(null, NotificationLevel.ALL, NotificationLevel.ALL)).field());
        assertEquals("email", assertThrows(InvalidSetting.class,
                () -> p.change("oscar at example", NotificationLevel.ALL, NotificationLevel.ALL)).field());
        assertEquals(NotificationLevel.NONE, p.byEmail());
        p.change(" oscar@example.com ", NotificationLevel.FAILURES_ONLY, NotificationLevel.ALL);
        assertEquals("oscar@example.com", p.email());
        assertEquals(NotificationLevel.FAILURES_ONLY, p.inApp());
    }
}
