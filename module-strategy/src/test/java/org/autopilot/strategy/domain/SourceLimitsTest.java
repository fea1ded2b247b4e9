package org.autopilot.strategy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.autopilot.strategy.api.SourceRefusal;
import org.autopilot.strategy.api.WebhookSourceLimits;
import org.junit.jupiter.api.Test;

class SourceLimitsTest {

    private static Optional<SourceRefusal.Limit> refusal(SourceLimits limits, String address) {
        return limits.refusal(address).map(SourceRefusal::limit);
    }

    @Test
    void withoutLimitsEveryAddressIsAccepted() {
        assertEquals(Optional.empty(), refusal(SourceLimits.none(), "198.51.100.1"));
        assertEquals(Optional.empty(), refusal(SourceLimits.none(), null));
    }

    @Test
    void tradingViewOnlyAcceptsExactlyTradingViewsAlertServers() {
        SourceLimits limits = SourceLimits.of(List.of(), true);
        for (String address : WebhookSourceLimits.TRADING_VIEW_ADDRESSES) {
            assertEquals(Optional.empty(), refusal(limits, address), address);
        }
        assertEquals(Optional.of(SourceRefusal.Limit.TRADING_VIEW_ONLY), refusal(limits, "52.89.214.239"));
        assertTrue(limits.refusal("127.0.0.1").orElseThrow().message().contains("came from 127.0.0.1"));
    }

    @Test
    void allowListAndTradingViewSwitchAddUp() {
        SourceLimits limits = SourceLimits.of(List.of("198.51.100.0/24", "2001:db8::7"), true);
        assertEquals(Optional.empty(), refusal(limits, "198.51.100.77"));
        assertEquals(Optional.empty(), refusal(limits, "2001:db8:0::7"));
        assertEquals(Optional.empty(), refusal(limits, "34.212.75.30"));
        assertEquals(Optional.of(SourceRefusal.Limit.ALLOW_LIST), refusal(limits, "198.51.101.1"));
        assertTrue(limits.refusal("198.51.101.1").orElseThrow().message()
                .contains("nor one of TradingView's alert servers"));
        assertEquals(Optional.of(SourceRefusal.Limit.ALLOW_LIST), refusal(SourceLimits.of(List.of("10.0.0.0/8"), false),
                "34.212.75.30"), "TradingView's servers count only with the switch on");
    }

    @Test
    void anUnknownSourceAddressIsRefusedWhenLimitsApply() {
        assertEquals(Optional.of(SourceRefusal.Limit.TRADING_VIEW_ONLY), refusal(SourceLimits.of(List.of(), true), null));
        assertEquals(Optional.of(SourceRefusal.Limit.ALLOW_LIST),
                refusal(SourceLimits.of(List.of("10.0.0.0/8"), false), "not-an-address"));
    }

    @Test
    void entriesAreValidatedNormalizedAndMerged() {
        SourceLimits limits = SourceLimits.of(Arrays.asList(" 10.0.0.0/8", "", null, "10.0.0.0/8", "2001:DB8::/32"), false);
        assertEquals(List.of("10.0.0.0/8", "2001:db8::/32"), limits.toView().allowedSources());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> SourceLimits.of(List.of("10.0.0.0/8", "example.org"), false));
        assertTrue(bad.getMessage().startsWith("allowed source 2: 'example.org' is not an IPv4 address"), bad.getMessage());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("10.0.0." + i);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceLimits.of(many, false)).getMessage()
                .contains("at most 50 allowed sources, got 51"));
    }

    @Test
    void strategyStoresItsLimitsAndReadsThemBack() {
        WebhookStrategy strategy = WebhookStrategy.create("sources", Set.of(), null, "p", Instant.now());
        assertEquals(SourceLimits.none(), strategy.sourceLimits());
        SourceLimits limits = SourceLimits.of(List.of("2001:db8::/32", "203.0.113.7"), true);
        strategy.limitSources(limits);
        assertEquals(limits, strategy.sourceLimits());
        assertEquals("allowedSources=[2001:db8::/32, 203.0.113.7], tradingViewOnly=true", strategy.sourceLimits().toString());
    }
}
