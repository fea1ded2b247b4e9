package org.autopilot.strategy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

    // the example of the Standard Webhooks specification
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(1614265330);

    @Test
    void matchesTheSpecificationsExample() {
        assertEquals(SIGNATURE.substring(3),
                Base64.getEncoder().encodeToString(StandardWebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)));
        assertNull(StandardWebhookSignature.problem(SECRET, ID, TIMESTAMP, BODY, SIGNATURE, THEN));
        assertNull(StandardWebhookSignature.problem(SECRET, ID, TIMESTAMP, BODY, "v1,bm90LWl0 " + SIGNATURE, THEN),
                "any of several signatures may match (key rotation)");
    }

    @Test
    void refusesMissingStaleOrWrongSignatures() {
        assertTrue(StandardWebhookSignature.problem(SECRET, ID, TIMESTAMP, BODY, null, THEN).contains("requires signed"));
        assertTrue(StandardWebhookSignature.problem(SECRET, ID, TIMESTAMP, BODY, SIGNATURE, THEN.plusSeconds(301))
                .contains("5 minutes"));
        assertEquals("no valid v1 signature", StandardWebhookSignature.problem(SECRET, ID, TIMESTAMP,
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), SIGNATURE, THEN));
        assertEquals("no valid v1 signature", StandardWebhookSignature.problem(SECRET, ID, TIMESTAMP, BODY,
                "v1,%%%", THEN));
        assertTrue(StandardWebhookSignature.problem(SECRET, ID, "yesterday", BODY, SIGNATURE, THEN).contains("seconds"));
    }

    @Test
    void newSecretsAreStandardWebhooksSecrets() {
        String secret = StandardWebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
    }
}
