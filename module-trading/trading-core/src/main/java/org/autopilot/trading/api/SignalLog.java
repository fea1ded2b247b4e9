package org.autopilot.trading.api;

import java.util.List;

/** Reads the intake's record of webhook requests, accepted and refused. */
public interface SignalLog {

    /** The most recent requests, newest first; {@code limit} is capped at 500. */
    List<WebhookRequestView> latestRequests(int limit);
}
