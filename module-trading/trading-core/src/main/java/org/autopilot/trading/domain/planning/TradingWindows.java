package org.autopilot.trading.domain.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text form of a subscription's trading windows: {@code "MON,TUE,WED,THU,FRI 09:30-16:00;SAT 10:00-12:00"},
 * empty for "always". Parsing refuses anything else with a message that says what is wrong.
 */
public final class TradingWindows {

    private TradingWindows() {
    }

    public static List<TradingWindow> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(TradingWindows::window).toList();
    }

    public static String format(List<TradingWindow> windows) {
        return windows.stream().map(w -> w.days().stream().sorted()
                        .map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","))
                        + " " + w.from() + "-" + w.to())
                .collect(Collectors.joining(";"));
    }

    private static TradingWindow window(String text) {
        String[] parts = text.split("\\s+");
        if (parts.length != 2 || !parts[1].contains("-")) {
            throw new IllegalArgumentException("trading window '" + text + "' must look like MON,TUE 09:30-16:00");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : parts[0].split(",")) {
            days.add(Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().startsWith(day.toUpperCase(Locale.ROOT)) && day.length() == 3)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown day '" + day
                            + "' in trading window; use MON TUE WED THU FRI SAT SUN")));
        }
        String[] times = parts[1].split("-");
        try {
            return new TradingWindow(days, LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("trading window times must be HH:MM-HH:MM, got '" + parts[1] + "'");
        }
    }
}
