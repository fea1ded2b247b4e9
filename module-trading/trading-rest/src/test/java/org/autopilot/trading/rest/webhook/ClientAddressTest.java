package org.autopilot.trading.rest.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> SPOOFED = List.of("52.89.214.238");

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertEquals("198.51.100.9", ClientAddress.of("198.51.100.9", SPOOFED, null));
        assertEquals("198.51.100.9", ClientAddress.of("198.51.100.9", SPOOFED, ""));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertEquals("52.89.214.238", ClientAddress.of("10.0.0.2", SPOOFED, "10.0.0.0/24"));
        assertEquals("198.51.100.9", ClientAddress.of("198.51.100.9", SPOOFED, "10.0.0.0/24"),
                "a peer that is no trusted proxy is the client, whatever it writes");
    }

    @Test
    void onlyTheHopsAddedByTrustedProxiesCount() {
        // the client wrote "52.89.214.238" itself; the edge proxy appended the real client, the inner proxy the edge
        List<String> chain = List.of("52.89.214.238, 203.0.113.50", "10.0.0.3");
        assertEquals("203.0.113.50", ClientAddress.of("10.0.0.2", chain, "10.0.0.2, 10.0.0.3"));
    }

    @Test
    void aHopThatIsNoAddressEndsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.0.0.3", ClientAddress.of("10.0.0.2", List.of("unknown, 10.0.0.3"), "10.0.0.0/24"));
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", List.of(), "10.0.0.0/24"));
    }

    @Test
    void aMisconfiguredEntryIsSkippedNotTrusted() {
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", SPOOFED, "proxy.internal"));
        assertEquals("52.89.214.238", ClientAddress.of("10.0.0.2", SPOOFED, "proxy.internal, 10.0.0.2"));
    }
}
