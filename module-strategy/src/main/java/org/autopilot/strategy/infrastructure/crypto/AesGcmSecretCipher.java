package org.autopilot.strategy.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.autopilot.strategy.domain.SecretCipher;

/**
 * AES-256-GCM with a random 96-bit nonce per value; stored as base64(nonce || ciphertext || tag). The key is the
 * base64 server property {@value #KEY_PROPERTY} (server.cli, from {@code AUTOPILOT_SECRET_KEY}).
 */
@ApplicationScoped
public class AesGcmSecretCipher implements SecretCipher {

    static final String KEY_PROPERTY = "autopilot.secret-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    @Override
    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a stored secret (wrong " + KEY_PROPERTY + "?)", e);
        }
    }

    private static SecretKeySpec key() {
        String configured = System.getProperty(KEY_PROPERTY);
        if (configured == null) {
            throw new IllegalStateException("server property " + KEY_PROPERTY + " is not set");
        }
        byte[] key = Base64.getDecoder().decode(configured);
        if (key.length != 32) {
            throw new IllegalStateException(KEY_PROPERTY + " must be 32 bytes (base64), got " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
