package org.autopilot.strategy.domain;

/** Encrypts secrets that must be read back (signing secrets); passwords are hashed instead. */
public interface SecretCipher {

    String encrypt(String plain);

    String decrypt(String stored);
}
