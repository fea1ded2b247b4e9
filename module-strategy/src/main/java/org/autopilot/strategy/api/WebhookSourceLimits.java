package org.autopilot.strategy.api;

import java.util.List;

/**
 * Where a strategy's webhook requests may come from (SIGNALS.md "Source limits"): the allow-listed addresses and
 * ranges ({@link IpRange} canonical text), plus TradingView's alert servers when {@code tradingViewOnly} is on.
 * With neither set, requests may come from anywhere.
 */
public record WebhookSourceLimits(List<String> allowedSources, boolean tradingViewOnly) {

    /**
     * The addresses TradingView documents for its webhook alerts (TradingView help: "About webhooks"). Change
     * them here when TradingView announces new ones.
     */
    public static final List<String> TRADING_VIEW_ADDRESSES = List.of("52.89.214.238", "34.212.75.30",
            "54.218.53.128", "52.32.178.7");

    public WebhookSourceLimits {
        allowedSources = List.copyOf(allowedSources);
    }

    /** Whether any limit applies. */
    public boolean restricted() {
        return tradingViewOnly || !allowedSources.isEmpty();
    }
}
