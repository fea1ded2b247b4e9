package org.autopilot.trading.application.intake;

import jakarta.json.JsonObject;

/** What the webhook endpoint answers: an HTTP status and a JSON body; {@code replayed} for idempotent retries. */
public record IntakeAnswer(int status, JsonObject body, boolean replayed) {
}
