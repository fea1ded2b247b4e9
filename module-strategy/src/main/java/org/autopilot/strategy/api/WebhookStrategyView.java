package org.autopilot.strategy.api;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * A webhook strategy as signal intake sees it: its uuid, the tickers it may trade (empty = any registered
 * instrument), how old a signal may be before it is refused (null = no limit), how many signals it may send,
 * and whether its requests must be signed.
 */
public record WebhookStrategyView(UUID id, String name, Set<String> allowedTickers, Duration maxSignalAge,
                                  int signalsPerMinute, int signalsPerHour, boolean signingRequired) {

    public boolean allows(String ticker) {
        return allowedTickers.isEmpty() || allowedTickers.contains(ticker);
    }
}
