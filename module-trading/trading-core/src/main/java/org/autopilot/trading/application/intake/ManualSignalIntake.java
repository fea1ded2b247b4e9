package org.autopilot.trading.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.api.InvalidSetting;
import org.autopilot.trading.api.ManualSignals;
import org.autopilot.trading.application.execution.SignalDispatch;
import org.autopilot.trading.domain.signal.ReceivedSignal;
import org.autopilot.trading.domain.signal.SignalRepository;

/**
 * An operator's signal enters like a webhook's, without the webhook's password, source and signature checks (the
 * operator is signed in): parsed by the same parser, checked by the same {@link SignalRules}, stored, then handed to
 * the fan-out, which audits it with the operator's name.
 */
@ApplicationScoped
public class ManualSignalIntake implements ManualSignals {

    private static final int MAX_KEY = 200;
    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    @Inject
    WebhookStrategies strategies;

    @Inject
    SignalRepository signals;

    @Inject
    SignalRules rules;

    @Inject
    SignalDispatch dispatch;

    @Override
    @Transactional
    public UUID submit(UUID strategyId, String json, String idempotencyKey, String operator) {
        WebhookStrategyView strategy = strategyId == null ? null : strategies.byId(strategyId).orElse(null);
        if (strategy == null) {
            throw new InvalidSetting("strategy", "choose an existing strategy");
        }
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY) {
            throw new InvalidSetting("idempotencyKey", "an idempotency key has at most " + MAX_KEY + " characters");
        }
        if (idempotencyKey != null) {
            Optional<ReceivedSignal> earlier = signals.byIdempotencyKey(strategy.id(), idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get().id();
            }
        }
        Instant now = Instant.now();
        Optional<String> overLimit = rules.rateLimitExceeded(strategy, now);
        if (overLimit.isPresent()) {
            throw new InvalidSetting("payload", "too-many-requests: " + overLimit.get());
        }
        ParsedSignal parsed;
        try {
            parsed = parser.parse(json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8));
            rules.checkAgainstStrategy(strategy, parsed, now);
        } catch (InvalidSignal invalid) {
            throw new InvalidSetting("payload", invalid.messageCode() + ": " + invalid.getMessage());
        }
        Optional<String> lostRace = rules.admit(strategy, now);
        if (lostRace.isPresent()) {
            throw new InvalidSetting("payload", "too-many-requests: " + lostRace.get());
        }
        ReceivedSignal signal = ReceivedSignal.manual(strategy.id(), parsed.signal().ticker(),
                parsed.signal().action().name().toLowerCase(), idempotencyKey, UUID.randomUUID(),
                parsed.payload().toString(), operator, now);
        signals.add(signal);
        dispatch.accepted(signal.id());
        return signal.id();
    }
}
