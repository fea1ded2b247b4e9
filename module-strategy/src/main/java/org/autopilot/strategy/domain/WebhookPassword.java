package org.autopilot.strategy.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Webhook passwords: 24 random bytes (192 bits), URL-safe. Being machine-generated and that long, a single
 * SHA-256 is a sufficient one-way store (a slow password hash protects guessable human passwords and would cost
 * every webhook request milliseconds); comparison is constant-time.
 */
public final class WebhookPassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookPassword() {
    }

    public static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String password) {
        return HexFormat.of().formatHex(sha256(password));
    }

    public static boolean matches(String password, String storedHash) {
        return password != null && MessageDigest.isEqual(sha256(password), HexFormat.of().parseHex(storedHash));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
