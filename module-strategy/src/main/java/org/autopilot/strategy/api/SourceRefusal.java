package org.autopilot.strategy.api;

/** Why a webhook request's source address is not accepted: which limit refused it, and a message for the sender. */
public record SourceRefusal(Limit limit, String message) {

    /** The limit that refused the request. */
    public enum Limit {
        /** Only TradingView's alert servers are accepted (and the address is not one of them). */
        TRADING_VIEW_ONLY,
        /** The address is on no allow-list entry (nor a TradingView server, when those are accepted too). */
        ALLOW_LIST
    }
}
