package org.autopilot.trading.application.intake;

import jakarta.json.JsonObject;
import java.util.Map;

/**
 * What the webhook endpoint answers: an HTTP status, a JSON body and extra headers ({@code Idempotent-Replayed}
 * for a replayed answer, {@code Retry-After} for a lock-out).
 */
public record IntakeAnswer(int status, JsonObject body, Map<String, String> headers) {

    public IntakeAnswer {
        headers = Map.copyOf(headers);
    }
}
