package org.autopilot.trading.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.domain.signal.SignalRepository;

/** The rules every signal meets, whoever sends it (webhook or operator): the strategy's rate limits and its tickers. */
@ApplicationScoped
class SignalRules {

    @Inject
    InstrumentCatalog instruments;

    @Inject
    SignalRepository signals;

    /** Counts accepted signals only: refused requests trade nothing, so they do not use up the allowance. */
    Optional<String> rateLimitExceeded(WebhookStrategyView strategy, Instant now) {
        if (signals.acceptedSince(strategy.id(), now.minus(Duration.ofMinutes(1))) >= strategy.signalsPerMinute()) {
            return Optional.of("more than " + strategy.signalsPerMinute() + " signals in the last minute");
        }
        if (signals.acceptedSince(strategy.id(), now.minus(Duration.ofHours(1))) >= strategy.signalsPerHour()) {
            return Optional.of("more than " + strategy.signalsPerHour() + " signals in the last hour");
        }
        return Optional.empty();
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
}
