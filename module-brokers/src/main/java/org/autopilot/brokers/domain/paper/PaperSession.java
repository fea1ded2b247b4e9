package org.autopilot.brokers.domain.paper;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The paper venue's trading day. One close for every instrument — 16:00 America/New_York, every day including
 * weekends — rather than each exchange's own calendar: simple, predictable for demos, and the US equity close for
 * the instruments most signals trade. Working DAY orders accepted before a close expire at it.
 */
public final class PaperSession {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    public static final LocalTime CLOSE = LocalTime.of(16, 0);

    private PaperSession() {
    }

    /** The latest close at or before {@code now}. */
    public static Instant lastClose(Instant now) {
        ZonedDateTime local = now.atZone(ZONE);
        ZonedDateTime close = local.toLocalDate().atTime(CLOSE).atZone(ZONE);
        return (close.isAfter(local) ? close.minusDays(1) : close).toInstant();
    }
}
