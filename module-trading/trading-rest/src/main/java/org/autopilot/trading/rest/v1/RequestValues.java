package org.autopilot.trading.rest.v1;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

/**
 * Reads the text fields of JSON bodies into typed values. Bodies carry enums, ids, zones and URLs as strings so that
 * a wrong one is refused with a message naming the field (JSON-B would refuse the whole body without saying why).
 */
final class RequestValues {

    private RequestValues() {
    }

    static <T> T required(T value, String field, String example) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required, for example " + example);
        }
        return value;
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " must be one of "
                        + Arrays.toString(type.getEnumConstants()) + ", got " + value));
    }

    static UUID uuid(String value, String field) {
        required(value, field, "\"3f2b8c1e-6d1a-4f0e-9a51-0c2d7f4e8b90\"");
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be a UUID, got " + value);
        }
    }

    static ZoneId zone(String value, String field) {
        try {
            return value == null ? null : ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " must be a time-zone id such as America/New_York, got " + value);
        }
    }

    /** Null for a missing or blank value; the service decides whether one is needed. */
    static URI optionalUri(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " must be a URL such as https://api.example.com, got " + value
                    + " (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }
}
