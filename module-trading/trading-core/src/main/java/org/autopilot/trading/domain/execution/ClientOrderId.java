package org.autopilot.trading.domain.execution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The id an order carries at the broker, derived only from the signal, the subscription and the leg: resending
 * after a crash produces the same id, so the broker (or Autopilot asking the broker first) recognises the order
 * instead of placing it twice. At most 33 characters of {@code [a-z0-9-]}, within every venue's limit (Binance: 36) and
 * leaving room for the paper venue's bracket suffixes.
 */
public record ClientOrderId(String value) {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    public ClientOrderId {
        Objects.requireNonNull(value, "value");
    }

    /** {@code leg} names the order within the plan, e.g. {@code exit-0}, {@code entry-1}. */
    public static ClientOrderId of(UUID signalId, UUID subscriptionId, String leg) {
        if (leg == null || !leg.matches("[a-z]+-\\d{1,2}")) {
            throw new IllegalArgumentException("leg must look like entry-1, got " + leg);
        }
        byte[] digest = sha256(signalId + "|" + subscriptionId + "|" + leg);
        return new ClientOrderId("ap" + base32(digest, 26) + "-" + leg.substring(0, 2) + leg.substring(leg.indexOf('-') + 1));
    }

    private static String base32(byte[] bytes, int chars) {
        StringBuilder out = new StringBuilder(chars);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < chars) {
                out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
