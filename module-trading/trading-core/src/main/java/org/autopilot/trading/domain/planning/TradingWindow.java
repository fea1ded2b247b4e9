package org.autopilot.trading.domain.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Days and a time range [from, to) in the exchange's time zone during which entries may be sent. */
public record TradingWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public TradingWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a trading window needs at least one day");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a trading window must start before it ends: " + from + " - " + to);
        }
        days = Set.copyOf(days);
    }

    /** Monday to Friday between the two local times. */
    public static TradingWindow weekdays(LocalTime from, LocalTime to) {
        return new TradingWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), from, to);
    }

    public boolean contains(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
    }
}
