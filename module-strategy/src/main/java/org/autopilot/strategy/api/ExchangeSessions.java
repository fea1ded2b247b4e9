package org.autopilot.strategy.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The regular weekly trading sessions of an exchange, in the exchange's local time: {@code Mon-Fri 09:30-16:00},
 * several windows separated by {@code ;}, or {@code 24/7} for a market that never closes. A close at or before the
 * open ends the session on the next day ({@code Sun-Thu 17:00-16:00} is CME's Sunday-evening-to-Friday week; equal
 * times are 24-hour sessions). Sessions never overlap. A session is open from its open (inclusive) to its close
 * (exclusive). Times are read in the zone passed to each method, the instrument's exchange zone, with
 * {@link ZonedDateTime} rules across daylight-saving changes: a session keeps its local times, so it is an hour
 * shorter or longer in real time when it spans a change, and a local time that does not exist moves forward by the
 * length of the gap. Holidays are not modelled.
 *
 * <p>For {@code 24/7} the trading day ends at midnight in the exchange zone: {@link #lastClose} is the latest
 * local midnight (DAY orders on a crypto pair in UTC expire at 00:00 UTC), and there is never a next open.
 *
 * <p>Equal by value; {@link #toString()} is the canonical text (days in three-letter English, consecutive days as a
 * range, windows with the same times merged), which {@link #parse} reads back to an equal value.
 */
public final class ExchangeSessions {

    /** A market that never closes; its trading day ends at midnight in the exchange zone. */
    public static final ExchangeSessions ALWAYS_OPEN = new ExchangeSessions(List.of());

    /** Longest canonical text, the size of its column. */
    public static final int MAX_LENGTH = 200;

    private static final String ALWAYS_TEXT = "24/7";
    private static final Pattern WINDOW = Pattern.compile("(\\S+)\\s+(\\S+)");
    private static final Pattern TIMES = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
    /** Every session recurs weekly and lasts at most a day, so eight days of local dates hold the one wanted. */
    private static final int DAYS_SEARCHED = 8;

    /**
     * Texts already read, by their stripped text: every signal reads its instrument's sessions and its subscription's
     * windows again (entities come from the second-level cache as new objects), and the texts are few. Emptied when
     * it grows past {@value #READ_LIMIT}, so odd texts cannot fill the memory.
     */
    private static final Map<String, ExchangeSessions> READ = new ConcurrentHashMap<>();
    private static final int READ_LIMIT = 512;

    /** The sessions ordered by opening day (Monday first) and time; empty for 24/7. */
    private final List<Session> sessions;

    private ExchangeSessions(List<Session> sessions) {
        this.sessions = List.copyOf(sessions);
    }

    /**
     * Reads sessions as an admin writes them; day names in any case.
     *
     * @throws IllegalArgumentException with a message that starts with {@code sessions} and says what is wrong
     */
    public static ExchangeSessions parse(String text) {
        return parse(text, "sessions");
    }

    /**
     * Reads weekly windows of the same form that are not an exchange's sessions (a subscription's trading windows).
     *
     * @param subject what the text is, the start of every refusal's message
     * @throws IllegalArgumentException with a message that starts with {@code subject} and says what is wrong
     */
    public static ExchangeSessions parse(String text, String subject) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(subject + ": required, such as Mon-Fri 09:30-16:00 or 24/7");
        }
        String value = text.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(subject + ": at most " + MAX_LENGTH + " characters, got " + value.length());
        }
        if (value.equals(ALWAYS_TEXT)) {
            return ALWAYS_OPEN;
        }
        if (READ.size() >= READ_LIMIT) {
            READ.clear();
        }
        return READ.computeIfAbsent(value, v -> read(v, subject)); // a refused text throws and is not kept
    }

    private static ExchangeSessions read(String value, String subject) {
        String where = subject + ": \"" + value + "\"";
        List<Session> sessions = new ArrayList<>();
        for (String window : value.split(";", -1)) {
            sessions.addAll(window(window.strip(), where));
        }
        sessions.sort(Session.IN_WEEK);
        requireNoOverlap(sessions, where);
        ExchangeSessions parsed = new ExchangeSessions(sessions);
        if (parsed.toString().length() > MAX_LENGTH) {
            throw refusal(where, "longer than " + MAX_LENGTH + " characters when written as " + parsed);
        }
        return parsed;
    }

    /** Whether a session is open at {@code now}: from its open (inclusive) to its close (exclusive). */
    public boolean isOpen(Instant now, ZoneId zone) {
        if (sessions.isEmpty()) {
            return true;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate date = today.minusDays(1); !date.isAfter(today); date = date.plusDays(1)) {
            for (Session session : on(date)) {
                if (!session.opening(date, zone).isAfter(now) && session.closing(date, zone).isAfter(now)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The latest session end at or before {@code now}; for 24/7 the latest midnight in {@code zone}. */
    public Instant lastClose(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (sessions.isEmpty()) {
            Instant midnight = today.atStartOfDay(zone).toInstant();
            return midnight.isAfter(now) ? today.minusDays(1).atStartOfDay(zone).toInstant() : midnight;
        }
        Instant latest = Instant.MIN;
        for (LocalDate date = today.minusDays(DAYS_SEARCHED); !date.isAfter(today); date = date.plusDays(1)) {
            for (Session session : on(date)) {
                Instant close = session.closing(date, zone);
                if (!close.isAfter(now) && close.isAfter(latest)) {
                    latest = close;
                }
            }
        }
        return latest;
    }

    /** The first session start after {@code now}; empty for 24/7. */
    public Optional<Instant> nextOpen(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate date = today; !date.isAfter(today.plusDays(DAYS_SEARCHED)); date = date.plusDays(1)) {
            for (Session session : on(date)) {
                Instant open = session.opening(date, zone);
                if (open.isAfter(now)) {
                    return Optional.of(open);
                }
            }
        }
        return Optional.empty();
    }

    /** The first session end after {@code now} (the close of the session open at {@code now}, if any); empty for 24/7. */
    public Optional<Instant> nextClose(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        // sessions do not overlap, so in order of their opens they also close in order; yesterday's may end today
        for (LocalDate date = today.minusDays(1); !date.isAfter(today.plusDays(DAYS_SEARCHED)); date = date.plusDays(1)) {
            for (Session session : on(date)) {
                Instant close = session.closing(date, zone);
                if (close.isAfter(now)) {
                    return Optional.of(close);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether this is {@code 24/7}. */
    public boolean alwaysOpen() {
        return sessions.isEmpty();
    }

    private List<Session> on(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return sessions.stream().filter(s -> s.day == day).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExchangeSessions that && sessions.equals(that.sessions);
    }

    @Override
    public int hashCode() {
        return sessions.hashCode();
    }

    /** The canonical text: {@code 24/7}, or windows such as {@code Sun-Thu 17:00-16:00} joined by {@code "; "}. */
    @Override
    public String toString() {
        if (sessions.isEmpty()) {
            return ALWAYS_TEXT;
        }
        Map<String, Set<DayOfWeek>> daysByTimes = new LinkedHashMap<>();
        for (Session session : sessions) {
            daysByTimes.computeIfAbsent(session.times(), t -> EnumSet.noneOf(DayOfWeek.class)).add(session.day);
        }
        return daysByTimes.entrySet().stream().map(e -> days(e.getValue()) + " " + e.getKey())
                .collect(Collectors.joining("; "));
    }

    private static List<Session> window(String window, String where) {
        if (window.isEmpty()) {
            throw refusal(where, "an empty window; write Days HH:mm-HH:mm between the ';'");
        }
        Matcher parts = WINDOW.matcher(window);
        if (!parts.matches()) {
            throw refusal(where, "\"" + window + "\" is not Days HH:mm-HH:mm, such as Mon-Fri 09:30-16:00");
        }
        Matcher times = TIMES.matcher(parts.group(2));
        if (!times.matches()) {
            throw refusal(where, "times are HH:mm-HH:mm, such as 09:30-16:00, got " + parts.group(2));
        }
        LocalTime open = time(times.group(1), times.group(2), where);
        LocalTime close = time(times.group(3), times.group(4), where);
        return days(parts.group(1), where).stream().map(day -> new Session(day, open, close)).toList();
    }

    private static LocalTime time(String hours, String minutes, String where) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 23 || m > 59) {
            throw refusal(where, "times are HH:mm from 00:00 to 23:59, got " + hours + ":" + minutes);
        }
        return LocalTime.of(h, m);
    }

    private static Set<DayOfWeek> days(String list, String where) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : list.split(",", -1)) {
            String[] range = item.split("-", -1);
            if (range.length > 2) {
                throw refusal(where, "\"" + item + "\" is not a day or a range of days such as Mon-Fri");
            }
            DayOfWeek first = day(range[0], where);
            DayOfWeek last = range.length == 2 ? day(range[1], where) : first;
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                if (!days.add(day)) {
                    throw refusal(where, name(day) + " is listed twice in " + list);
                }
                if (day == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String name, String where) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name(day).equalsIgnoreCase(name)) {
                return day;
            }
        }
        throw refusal(where, "unknown day \"" + name + "\"; days are Mon, Tue, Wed, Thu, Fri, Sat, Sun");
    }

    private static void requireNoOverlap(List<Session> sessions, String where) {
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            Session next = sessions.get((i + 1) % sessions.size());
            int nextStart = next.startInWeek() + (i + 1 == sessions.size() ? MINUTES_PER_WEEK : 0);
            if (sessions.size() > 1 && session.startInWeek() + session.minutes() > nextStart) {
                throw refusal(where, session + " overlaps " + next);
            }
        }
    }

    /** {@code where}: the subject and the text, such as {@code sessions: "Mon-Fro 09:30-16:00"}. */
    private static IllegalArgumentException refusal(String where, String problem) {
        return new IllegalArgumentException(where + ": " + problem);
    }

    /** Consecutive days (Sunday to Monday included) as ranges, the runs in week order from Monday. */
    private static String days(Set<DayOfWeek> days) {
        if (days.size() == DayOfWeek.values().length) {
            return "Mon-Sun";
        }
        DayOfWeek gap = EnumSet.complementOf(EnumSet.copyOf(days)).iterator().next();
        List<DayOfWeek[]> runs = new ArrayList<>();
        DayOfWeek start = null;
        for (int i = 1; i <= DayOfWeek.values().length; i++) {
            DayOfWeek day = gap.plus(i);
            if (days.contains(day) && start == null) {
                start = day;
            } else if (!days.contains(day) && start != null) {
                runs.add(new DayOfWeek[] {start, day.minus(1)});
                start = null;
            }
        }
        return runs.stream().sorted(Comparator.comparing(run -> run[0]))
                .map(run -> run[0] == run[1] ? name(run[0]) : name(run[0]) + "-" + name(run[1]))
                .collect(Collectors.joining(","));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** One weekly session; it ends on the next day when its close is not after its open. */
    private record Session(DayOfWeek day, LocalTime open, LocalTime close) {

        static final Comparator<Session> IN_WEEK = Comparator.comparing(Session::day).thenComparing(Session::open);

        Instant opening(LocalDate date, ZoneId zone) {
            return ZonedDateTime.of(date, open, zone).toInstant();
        }

        Instant closing(LocalDate date, ZoneId zone) {
            return ZonedDateTime.of(overnight() ? date.plusDays(1) : date, close, zone).toInstant();
        }

        boolean overnight() {
            return !close.isAfter(open);
        }

        int startInWeek() {
            return (day.getValue() - 1) * MINUTES_PER_DAY + open.getHour() * 60 + open.getMinute();
        }

        int minutes() {
            int length = (close.toSecondOfDay() - open.toSecondOfDay()) / 60;
            return overnight() ? length + MINUTES_PER_DAY : length;
        }

        String times() {
            return HH_MM.format(open) + "-" + HH_MM.format(close);
        }

        @Override
        public String toString() {
            return name(day) + " " + times();
        }
    }
}
