package org.autopilot.trading.rest.webhook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.autopilot.strategy.api.IpRange;

/**
 * The IP address a webhook request came from, as source limits see it: the connection's peer address. Behind a
 * reverse proxy that is the proxy's address; list the proxy in the server property {@value #TRUSTED_PROXIES}
 * (comma-separated addresses or CIDR ranges) and the client named in the proxy's {@code X-Forwarded-For} header is
 * used instead. Unset, which is the default, {@code X-Forwarded-For} is ignored: any sender can write that header.
 */
final class ClientAddress {

    static final String TRUSTED_PROXIES = "autopilot.webhook.trusted-proxies";

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    private ClientAddress() {
    }

    /**
     * The client's address: the peer's, or, when the peer is a trusted proxy, the right-most
     * {@code X-Forwarded-For} entry that is not a trusted proxy itself (entries further left were written by the
     * client and prove nothing). An entry that is no IP address ends the walk at the last trusted hop.
     */
    static String of(String peer, List<String> forwardedFor, String trustedProxies) {
        List<IpRange> trusted = trusted(trustedProxies);
        if (!isTrusted(peer, trusted)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        String client = peer;
        for (String hop : hops.reversed()) {
            if (IpRange.literal(hop).isEmpty()) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return client;
    }

    private static boolean isTrusted(String address, List<IpRange> trusted) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** A misconfigured entry is skipped with a warning: trusting less only makes source limits stricter. */
    private static List<IpRange> trusted(String setting) {
        List<IpRange> ranges = new ArrayList<>();
        if (setting == null) {
            return ranges;
        }
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                ranges.add(IpRange.parse(entry));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> TRUSTED_PROXIES + ": entry skipped, " + e.getMessage());
            }
        }
        return ranges;
    }
}
