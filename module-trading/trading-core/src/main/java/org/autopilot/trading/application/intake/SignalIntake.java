package org.autopilot.trading.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.WebhookAuthentication;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.application.execution.SignalDispatch;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.signal.WebhookRequestRecord;

/**
 * The webhook's front door (SIGNALS.md "Endpoint"): authenticate, validate, deduplicate, store durably, answer.
 * A 200 is returned only after the signal, its request record and its dispatch to the fan-out are committed
 * together (one XA transaction with the signals queue); every refusal is
 * recorded too, in its own transaction, and creates nothing else.
 */
@ApplicationScoped
public class SignalIntake {

    private final WebhookPayloadParser parser = new WebhookPayloadParser();
    private final Clock clock = Clock.systemUTC();

    @Inject
    WebhookStrategies strategies;

    @Inject
    InstrumentCatalog instruments;

    @Inject
    SignalRepository signals;

    @Inject
    SignalDispatch dispatch;

    @Transactional
    public IntakeAnswer accept(WebhookRequest request) {
        UUID logId = UUID.randomUUID();
        Instant now = clock.instant();
        Optional<UUID> strategyId = uuid(request.strategyId());
        WebhookAuthentication auth = strategyId.map(id -> strategies.authenticate(id, request.password()))
                .orElseGet(WebhookAuthentication.UnknownStrategy::new);
        if (auth instanceof WebhookAuthentication.UnknownStrategy) {
            return refuse(request, logId, now, 404, "unknown-strategy", "no strategy has this webhook id", false);
        }
        if (auth instanceof WebhookAuthentication.WrongPassword) {
            return refuse(request, logId, now, 400, "invalid-password", "the webhook password is wrong", false);
        }
        WebhookStrategyView strategy = ((WebhookAuthentication.Authenticated) auth).strategy();
        Optional<String> badSignature = strategies.signatureProblem(strategy.id(), request.webhookId(),
                request.webhookTimestamp(), request.body(), request.webhookSignature());
        if (badSignature.isPresent()) {
            return refuse(request, logId, now, 401, "invalid-signature", badSignature.get(), false);
        }
        if (request.idempotencyKey() != null) {
            Optional<ReceivedSignal> earlier = signals.byIdempotencyKey(strategy.id(), request.idempotencyKey());
            if (earlier.isPresent()) {
                return new IntakeAnswer(200, success(earlier.get()), true);
            }
        }
        Optional<String> overLimit = rateLimitExceeded(strategy, now);
        if (overLimit.isPresent()) {
            return refuse(request, logId, now, 429, "too-many-requests", overLimit.get(), true);
        }
        ParsedSignal parsed;
        try {
            parsed = parser.parse(request.body());
            checkAgainstStrategy(strategy, parsed, now);
        } catch (InvalidSignal invalid) {
            return refuse(request, logId, now, 400, invalid.messageCode(), invalid.getMessage(), true);
        }
        ReceivedSignal signal = ReceivedSignal.accept(strategy.id(), ReceivedSignal.Source.WEBHOOK,
                parsed.signal().ticker(), parsed.signal().action().name().toLowerCase(), request.idempotencyKey(),
                logId, parsed.payload().toString(), now);
        signals.add(signal);
        signals.recordWithSignal(WebhookRequestRecord.of(logId, request.strategyId(), request.remoteAddress(), 200,
                null, null, signal.id(), body(request), now));
        dispatch.accepted(signal.id());
        return new IntakeAnswer(200, success(signal), false);
    }

    /** Counts accepted signals only: refused requests trade nothing, so they do not use up the allowance. */
    private Optional<String> rateLimitExceeded(WebhookStrategyView strategy, Instant now) {
        if (signals.acceptedSince(strategy.id(), now.minus(Duration.ofMinutes(1))) >= strategy.signalsPerMinute()) {
            return Optional.of("more than " + strategy.signalsPerMinute() + " signals in the last minute");
        }
        if (signals.acceptedSince(strategy.id(), now.minus(Duration.ofHours(1))) >= strategy.signalsPerHour()) {
            return Optional.of("more than " + strategy.signalsPerHour() + " signals in the last hour");
        }
        return Optional.empty();
    }

    private void checkAgainstStrategy(WebhookStrategyView strategy, ParsedSignal parsed, Instant now) {
        String ticker = parsed.signal().ticker();
        if (!strategy.allows(ticker)) {
            throw new InvalidSignal("unsupported-ticker", "ticker " + ticker + " is not allowed for this strategy");
        }
        if (instruments.bySymbol(ticker).isEmpty()) {
            throw new InvalidSignal("ticker-does-not-exist", "no instrument " + ticker + " is registered");
        }
        Duration maxAge = strategy.maxSignalAge();
        if (maxAge != null && parsed.time() != null && parsed.time().plus(maxAge).isBefore(now)) {
            throw new InvalidSignal("signal-expired", "the signal's time " + parsed.time() + " is older than the "
                    + "strategy's maximum signal age of " + maxAge.toSeconds() + " s");
        }
    }

    private IntakeAnswer refuse(WebhookRequest request, UUID logId, Instant now, int status, String code,
                                String message, boolean withLogId) {
        signals.record(WebhookRequestRecord.of(logId, request.strategyId(), request.remoteAddress(), status, code,
                message, null, body(request), now));
        JsonObjectBuilder body = Json.createObjectBuilder().add("success", false);
        if (withLogId) {
            body.add("logId", logId.toString());
        }
        return new IntakeAnswer(status, body.add("messageCode", code).add("message", message).build(), false);
    }

    private static JsonObject success(ReceivedSignal signal) {
        return Json.createObjectBuilder().add("success", true).add("id", signal.id().toString())
                .add("logId", signal.logId().toString())
                .add("payload", Json.createReader(new StringReader(signal.payload())).readObject()).build();
    }

    private static String body(WebhookRequest request) {
        int length = Math.min(request.body().length, WebhookPayloadParser.MAX_BYTES);
        return new String(request.body(), 0, length, StandardCharsets.UTF_8);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
