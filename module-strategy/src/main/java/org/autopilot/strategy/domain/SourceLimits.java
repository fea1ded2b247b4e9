package org.autopilot.strategy.domain;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.autopilot.strategy.api.IpRange;
import org.autopilot.strategy.api.SourceRefusal;
import org.autopilot.strategy.api.WebhookSourceLimits;

/**
 * Where a strategy's webhook requests may come from. A request passes when no limit is set, or when its address
 * lies in an allow-listed range, or, with the TradingView switch on, is one of TradingView's alert servers: the
 * switch and the list add up, so "TradingView plus my own test machine" is one setting. Guarantees at most
 * {@value #MAX_ENTRIES} distinct, valid entries in the order given.
 */
public record SourceLimits(List<IpRange> allowList, boolean tradingViewOnly) {

    static final int MAX_ENTRIES = 50;

    private static final List<IpRange> TRADING_VIEW = WebhookSourceLimits.TRADING_VIEW_ADDRESSES.stream()
            .map(IpRange::parse).toList();

    public SourceLimits {
        if (allowList.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " allowed sources, got " + allowList.size()
                    + "; use CIDR ranges to cover neighbouring addresses");
        }
        allowList = List.copyOf(new LinkedHashSet<>(allowList));
    }

    /** No limit: requests from anywhere. */
    public static SourceLimits none() {
        return new SourceLimits(List.of(), false);
    }

    /**
     * Reads an admin's entries (addresses or CIDR ranges, blank entries skipped).
     *
     * @throws IllegalArgumentException naming the entry that is wrong and why
     */
    public static SourceLimits of(Collection<String> entries, boolean tradingViewOnly) {
        List<IpRange> ranges = new ArrayList<>();
        int position = 0;
        for (String entry : entries) {
            position++;
            if (entry == null || entry.isBlank()) {
                continue;
            }
            try {
                ranges.add(IpRange.parse(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("allowed source " + position + ": " + e.getMessage());
            }
        }
        return new SourceLimits(ranges, tradingViewOnly);
    }

    /** The limits as stored: a comma-separated list of canonical entries. */
    static SourceLimits stored(String allowList, boolean tradingViewOnly) {
        List<String> entries = allowList.isEmpty() ? List.of() : Arrays.asList(allowList.split(","));
        return of(entries, tradingViewOnly);
    }

    String storedAllowList() {
        return String.join(",", allowList.stream().map(IpRange::toString).toList());
    }

    /** Why a request from {@code remoteAddress} is not accepted, or empty when it is. */
    public Optional<SourceRefusal> refusal(String remoteAddress) {
        if (!tradingViewOnly && allowList.isEmpty()) {
            return Optional.empty();
        }
        SourceRefusal.Limit limit = allowList.isEmpty() ? SourceRefusal.Limit.TRADING_VIEW_ONLY
                : SourceRefusal.Limit.ALLOW_LIST;
        Optional<InetAddress> address = IpRange.literal(remoteAddress);
        if (address.isEmpty()) {
            return Optional.of(new SourceRefusal(limit, "the request's source address is not known, and this strategy"
                    + " accepts only listed sources"));
        }
        if (allowList.stream().anyMatch(range -> range.contains(address.get()))
                || (tradingViewOnly && TRADING_VIEW.stream().anyMatch(range -> range.contains(address.get())))) {
            return Optional.empty();
        }
        String from = address.get().getHostAddress();
        String message = limit == SourceRefusal.Limit.TRADING_VIEW_ONLY
                ? "this strategy accepts only TradingView's alert servers " + TRADING_VIEW + "; the request came from "
                + from
                : "the request came from " + from + ", which is not among this strategy's allowed sources"
                + (tradingViewOnly ? " nor one of TradingView's alert servers" : "");
        return Optional.of(new SourceRefusal(limit, message));
    }

    public WebhookSourceLimits toView() {
        return new WebhookSourceLimits(allowList.stream().map(IpRange::toString).toList(), tradingViewOnly);
    }

    /** For audit records: the entries and the switch, compactly. */
    @Override
    public String toString() {
        return "allowedSources=" + toView().allowedSources() + ", tradingViewOnly=" + tradingViewOnly;
    }
}
