package org.autopilot.admin.web.market;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentSpec;

/** Whether an instrument's exchange is in session at a moment, and a tooltip that says what comes next. */
public record SessionNow(boolean open, String title) implements Serializable {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    public static SessionNow of(InstrumentSpec spec, Instant now) {
        ExchangeSessions sessions = spec.sessions();
        ZoneId zone = spec.exchangeZone();
        if (sessions.alwaysOpen()) {
            return new SessionNow(true, "never closes; the trading day ends at 00:00 " + zone.getId());
        }
        if (sessions.isOpen(now, zone)) {
            return new SessionNow(true, "in session now; hours in " + zone.getId() + " time");
        }
        return new SessionNow(false, sessions.nextOpen(now, zone)
                .map(open -> "opens " + DAY_AND_TIME.format(open.atZone(zone)) + " " + zone.getId())
                .orElseThrow());
    }
}
