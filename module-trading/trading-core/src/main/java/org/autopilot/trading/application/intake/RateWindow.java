package org.autopilot.trading.application.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How many signals one strategy had accepted in the last minute and the last hour, counted per second in a ring of
 * one hour. Replaces two {@code COUNT} queries per webhook (the hour's count scans up to the hour's signals) with
 * arithmetic in memory; {@link SignalRules} keeps one per strategy, filled from the database on first use.
 * Thread-safe.
 */
final class RateWindow {

    private static final int SECONDS = (int) Duration.ofHours(1).toSeconds();
    private static final int MINUTE = 60;

    private final long[] second = new long[SECONDS];
    private final int[] count = new int[SECONDS];

    RateWindow(Collection<Instant> acceptedWithinTheHour) {
        acceptedWithinTheHour.forEach(this::add);
    }

    /** Why one more signal at {@code now} would exceed a limit, or null when it fits. */
    synchronized String exceeded(Instant now, int perMinute, int perHour) {
        long nowSecond = now.getEpochSecond();
        if (sinceSecond(nowSecond - MINUTE + 1, nowSecond) >= perMinute) {
            return "more than " + perMinute + " signals in the last minute";
        }
        if (sinceSecond(nowSecond - SECONDS + 1, nowSecond) >= perHour) {
            return "more than " + perHour + " signals in the last hour";
        }
        return null;
    }

    /** Counts one signal at {@code now} if it fits: answers null, or why not (then nothing is counted). */
    synchronized String admit(Instant now, int perMinute, int perHour) {
        String exceeded = exceeded(now, perMinute, perHour);
        if (exceeded == null) {
            add(now);
        }
        return exceeded;
    }

    /** Takes back a signal counted at {@code at} that was not stored after all. */
    synchronized void remove(Instant at) {
        int slot = slot(at.getEpochSecond());
        if (second[slot] == at.getEpochSecond() && count[slot] > 0) {
            count[slot]--;
        }
    }

    private synchronized void add(Instant at) {
        long s = at.getEpochSecond();
        int slot = slot(s);
        if (second[slot] != s) {
            second[slot] = s;
            count[slot] = 0;
        }
        count[slot]++;
    }

    private int sinceSecond(long from, long to) {
        int total = 0;
        for (long s = Math.max(from, to - SECONDS + 1); s <= to; s++) {
            int slot = slot(s);
            if (second[slot] == s) {
                total += count[slot];
            }
        }
        return total;
    }

    private static int slot(long epochSecond) {
        return (int) Math.floorMod(epochSecond, SECONDS);
    }
}
