/** Encryption of secrets at rest (AES-GCM with the key from the server property {@code autopilot.secret-key}). */
package org.autopilot.strategy.infrastructure.crypto;
