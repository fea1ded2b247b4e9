package org.autopilot.brokers.api;

import java.util.List;
import java.util.UUID;

/** The paper venue's own order log: what it received and what it reported, independent of Autopilot's records. */
public interface PaperVenueLog {

    /**
     * The log of an account's paper venue, oldest first.
     *
     * @throws IllegalArgumentException for an account that has no paper venue (unknown, or not a paper account)
     */
    List<VenueLogEntry> log(UUID accountId);
}
