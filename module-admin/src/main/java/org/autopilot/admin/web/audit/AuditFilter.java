package org.autopilot.admin.web.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autopilot.reporting.api.AuditQuery;

/**
 * The audit filters as people type them and as URLs carry them (page view parameters and export link alike).
 * Times are UTC date-times written {@value #TIME_FORMAT}; a bad value becomes an {@link IllegalArgumentException}
 * that names the parameter, for the page and the export to show as it is.
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectId, String from, String to,
                          String limit) {

    /** The format hint shown to people; {@code T} for the blank and a trailing {@code Z} are accepted too. */
    public static final String TIME_FORMAT = "yyyy-MM-dd HH:mm[:ss]";

    /** Rows when the URL names no limit. */
    public static final int DEFAULT_LIMIT = 200;

    /** Reads the filters from request parameters of the same names as the components. */
    public static AuditFilter fromParameters(Function<String, String> parameter) {
        return new AuditFilter(parameter.apply("actor"), parameter.apply("action"), parameter.apply("subjectType"),
                parameter.apply("subjectId"), parameter.apply("from"), parameter.apply("to"), parameter.apply("limit"));
    }

    /** The search these filters describe. */
    public AuditQuery toQuery() {
        return new AuditQuery(actor, action, subjectType, subjectId, utc("from", from), utc("to", to), rows());
    }

    /** The filters that are set, URL-encoded, for links that must repeat this search ({@code actor=…&from=…}). */
    public String queryString() {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("actor", actor);
        set.put("action", action);
        set.put("subjectType", subjectType);
        set.put("subjectId", subjectId);
        set.put("from", from);
        set.put("to", to);
        set.put("limit", limit);
        return set.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private int rows() {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit: '" + limit + "' is not a whole number of rows (1 to "
                    + AuditQuery.MAX_LIMIT + ")", e);
        }
    }

    private static Instant utc(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String iso = text.strip().replace(' ', 'T');
        iso = iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso;
        try {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a UTC date-time; write " + TIME_FORMAT
                    + ", for example 2026-03-02 14:30", e);
        }
    }
}
