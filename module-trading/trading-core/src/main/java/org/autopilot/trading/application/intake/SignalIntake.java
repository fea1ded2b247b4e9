package org.autopilot.trading.application.intake;

import static org.autopilot.trading.application.intake.WebhookPayloadParser.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.autopilot.strategy.api.SourceRefusal;
import org.autopilot.strategy.api.WebhookAuthentication;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.application.execution.SignalDispatch;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.signal.WebhookRequestRecord;

/**
 * The webhook's front door (SIGNALS.md "Endpoint"): authenticate, validate, deduplicate, store durably, answer.
 * A 200 is returned only after the signal and its request record are committed (to the database alone; the
 * fan-out is woken after the commit, see {@link SignalDispatch}, and audits the accepted signal); every refusal is
 * recorded too, in its own transaction, and creates nothing else. The checks, in order, and their answers:
 * <ol>
 * <li>unknown strategy: 404 {@code unknown-strategy};</li>
 * <li>source address outside the strategy's source limits: 403 {@code not-trading-view} (TradingView only) or
 * {@code invalid-ip-address} (allow-list), the spec's codes; checked before the password, so requests from
 * elsewhere can neither guess passwords nor lock the webhook out;</li>
 * <li>webhook locked out after too many wrong passwords: 429 {@code locked-out} with {@code Retry-After}, even for
 * the right password;</li>
 * <li>wrong password: 400 {@code invalid-password}, counted toward the lock-out ({@link PasswordLockout});</li>
 * <li>missing or bad signature where required: 401 {@code invalid-signature};</li>
 * <li>malformed idempotency key: 400 {@code invalid-idempotency-key}; a key seen before: 200 with the first
 * answer and {@code Idempotent-Replayed: true};</li>
 * <li>rate limit: 429 {@code too-many-requests}; then the body, with the contract's 400 codes.</li>
 * </ol>
 * Callers go through {@link IdempotentIntake}, which turns a lost race for an idempotency key into a replay.
 */
@ApplicationScoped
public class SignalIntake {

    /** Idempotency keys are stored as given, so they must fit the column and be plain text. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private final WebhookPayloadParser parser = new WebhookPayloadParser();
    private final Clock clock = Clock.systemUTC();

    @Inject
    WebhookStrategies strategies;

    @Inject
    SignalRepository signals;

    @Inject
    PasswordLockout lockout;

    @Inject
    SignalRules rules;

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
        Optional<IntakeAnswer> guarded = guard(request, auth, strategyId.orElseThrow(), logId, now);
        if (guarded.isPresent()) {
            return guarded.get();
        }
        WebhookStrategyView strategy = ((WebhookAuthentication.Authenticated) auth).strategy();
        Optional<String> badSignature = strategies.signatureProblem(strategy.id(), request.webhookId(),
                request.webhookTimestamp(), request.body(), request.webhookSignature());
        if (badSignature.isPresent()) {
            return refuse(request, logId, now, 401, "invalid-signature", badSignature.get(), false);
        }
        if (request.idempotencyKey() != null) {
            if (!IDEMPOTENCY_KEY.matcher(request.idempotencyKey()).matches()) {
                return refuse(request, logId, now, 400, "invalid-idempotency-key", "Idempotency-Key (or webhook-id)"
                        + " must be 1-200 printable ASCII characters", true);
            }
            Optional<ReceivedSignal> earlier = signals.byIdempotencyKey(strategy.id(), request.idempotencyKey());
            if (earlier.isPresent()) {
                signals.record(record(request, logId, now, 200, null, "replay of the answer to the first request with"
                        + " this idempotency key", earlier.get().id()));
                return new IntakeAnswer(200, success(earlier.get()), Map.of("Idempotent-Replayed", "true"));
            }
        }
        Optional<String> overLimit = rules.rateLimitExceeded(strategy, now);
        if (overLimit.isPresent()) {
            return refuse(request, logId, now, 429, "too-many-requests", overLimit.get(), true);
        }
        ParsedSignal parsed;
        try {
            parsed = parser.parse(request.body());
            rules.checkAgainstStrategy(strategy, parsed, now);
        } catch (InvalidSignal invalid) {
            return refuse(request, logId, now, 400, invalid.messageCode(), invalid.getMessage(), true);
        }
        Optional<String> lostRace = rules.admit(strategy, now);
        if (lostRace.isPresent()) {
            return refuse(request, logId, now, 429, "too-many-requests", lostRace.get(), true);
        }
        ReceivedSignal signal = ReceivedSignal.accept(strategy.id(), ReceivedSignal.Source.WEBHOOK,
                parsed.signal().ticker(), parsed.signal().action().name().toLowerCase(), request.idempotencyKey(),
                logId, parsed.payload().toString(), now);
        signals.add(signal);
        signals.recordInTransaction(record(request, logId, now, 200, null, null, signal.id()));
        dispatch.accepted(signal.id());
        return new IntakeAnswer(200, success(signal), Map.of());
    }

    /** Source limits, lock-out and password, in this order (see the class comment): a refusal, or empty. */
    private Optional<IntakeAnswer> guard(WebhookRequest request, WebhookAuthentication auth, UUID id, UUID logId,
                                         Instant now) {
        Optional<SourceRefusal> source = strategies.sourceRefusal(id, request.remoteAddress());
        if (source.isPresent()) {
            return Optional.of(refuse(request, logId, now, 403, source.get().limit()
                    == SourceRefusal.Limit.TRADING_VIEW_ONLY ? "not-trading-view" : "invalid-ip-address",
                    source.get().message(), false));
        }
        Optional<Instant> lockedUntil = lockout.lockedUntil(id, now);
        if (lockedUntil.isPresent()) {
            String message = "too many wrong passwords: this webhook is locked until " + lockedUntil.get() + " (UTC);"
                    + " an admin can lift the lock-out";
            signals.record(record(request, logId, now, 429, "locked-out", message, null));
            long seconds = Duration.between(now, lockedUntil.get()).plusMillis(999).toSeconds();
            return Optional.of(refusal(logId, 429, "locked-out", message, false,
                    Map.of("Retry-After", Long.toString(seconds))));
        }
        if (auth instanceof WebhookAuthentication.WrongPassword) {
            String message = "the webhook password is wrong";
            lockout.recordWrongPassword(id, record(request, logId, now, 400, PasswordLockout.WRONG_PASSWORD, message,
                    null), now);
            return Optional.of(refusal(logId, 400, PasswordLockout.WRONG_PASSWORD, message, false, Map.of()));
        }
        return Optional.empty();
    }

    /** A request with another method than POST: refused with the contract's {@code post-required}, and logged. */
    public IntakeAnswer refuseMethod(WebhookRequest request, String method) {
        return refuse(request, UUID.randomUUID(), clock.instant(), 400, "post-required",
                "send signals with HTTP POST, not " + method, false);
    }

    private IntakeAnswer refuse(WebhookRequest request, UUID logId, Instant now, int status, String code,
                                String message, boolean withLogId) {
        signals.record(record(request, logId, now, status, code, message, null));
        return refusal(logId, status, code, message, withLogId, Map.of());
    }

    private static WebhookRequestRecord record(WebhookRequest request, UUID logId, Instant now, int status,
                                               String code, String message, UUID signalId) {
        return WebhookRequestRecord.of(logId, request.strategyId(), request.remoteAddress(), status, code, message,
                signalId, body(request), now);
    }

    private static IntakeAnswer refusal(UUID logId, int status, String code, String message, boolean withLogId,
                                        Map<String, String> headers) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("success", false);
        if (withLogId) {
            body.add("logId", logId.toString());
        }
        return new IntakeAnswer(status, body.add("messageCode", code).add("message", message).build(), headers);
    }

    private static JsonObject success(ReceivedSignal signal) {
        try (JsonReader payload = JSON.createReader(new StringReader(signal.payload()))) {
            return JSON.createObjectBuilder().add("success", true).add("id", signal.id().toString())
                    .add("logId", signal.logId().toString()).add("payload", payload.readObject()).build();
        }
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
