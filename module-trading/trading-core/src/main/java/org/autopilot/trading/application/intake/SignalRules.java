package org.autopilot.trading.application.intake;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.application.TransactionOutcome;
import org.autopilot.trading.domain.signal.SignalRepository;

/**
 * The rules every signal meets, whoever sends it (webhook or operator): the strategy's rate limits and its tickers.
 * Rate limits count accepted signals only (refused requests trade nothing, so they do not use up the allowance), in
 * memory ({@link RateWindow} per strategy, read from the database the first time a strategy sends): one server
 * stores a database's signals, as it holds the kill switches.
 */
@ApplicationScoped
class SignalRules {

    private final Map<UUID, RateWindow> windows = new ConcurrentHashMap<>();

    @Inject
    InstrumentCatalog instruments;

    @Inject
    SignalRepository signals;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Whether one more signal would exceed the strategy's limits (checked before the body is read). */
    Optional<String> rateLimitExceeded(WebhookStrategyView strategy, Instant now) {
        return Optional.ofNullable(window(strategy.id(), now)
                .exceeded(now, strategy.signalsPerMinute(), strategy.signalsPerHour()));
    }

    /**
     * Counts the signal about to be stored in the current transaction, if it still fits (two requests may have
     * passed {@link #rateLimitExceeded} together); a rolled-back transaction takes the count back.
     */
    Optional<String> admit(WebhookStrategyView strategy, Instant now) {
        RateWindow window = window(strategy.id(), now);
        String exceeded = window.admit(now, strategy.signalsPerMinute(), strategy.signalsPerHour());
        if (exceeded == null) {
            TransactionOutcome.afterRollback(transaction, () -> window.remove(now));
        }
        return Optional.ofNullable(exceeded);
    }

    void checkAgainstStrategy(WebhookStrategyView strategy, ParsedSignal parsed, Instant now) {
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

    private RateWindow window(UUID strategyId, Instant now) {
        return windows.computeIfAbsent(strategyId,
                id -> new RateWindow(signals.acceptedSince(id, now.minus(Duration.ofHours(1)))));
    }
}
