package org.autopilot.brokers.domain.paper;

import java.time.Instant;

/** One line of the paper venue's own order log: a request it received or a report it sent. */
public record PaperLogEntry(Instant time, Kind kind, String clientOrderId, String detail) {

    /** What happened. */
    public enum Kind { SUBMIT, DUPLICATE_SUBMIT, CANCEL, REPLACE, REPORT }
}
