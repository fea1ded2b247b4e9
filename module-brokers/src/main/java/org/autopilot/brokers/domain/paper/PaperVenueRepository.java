package org.autopilot.brokers.domain.paper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * The paper venues in storage, one per paper account. A venue's revision grows with every stored change, so a
 * venue held in memory is known to be current exactly when its revision is the stored one.
 */
public interface PaperVenueRepository {

    /** Stores a new venue in its opening state. */
    void open(UUID accountId, PaperVenueSnapshot opening);

    /**
     * The venue's stored revision, with the venue locked against every other writer until the transaction ends;
     * empty for an account without a paper venue.
     */
    OptionalLong lockRevision(UUID accountId);

    /** The venue's money, positions and working orders (call {@link #lockRevision} first in the same transaction). */
    PaperVenueSnapshot load(UUID accountId);

    /** Any order of the venue, working or finished. */
    Optional<PaperOrderState> order(UUID accountId, String clientOrderId);

    /** Stores what changed; returns the venue's new revision. */
    long save(UUID accountId, PaperVenueChanges changes);

    /** The accounts with at least one working order in one of the symbols. */
    List<UUID> accountsWithWorkingOrdersIn(Set<String> symbols);

    /** The working DAY orders accepted before {@code instant}, per account and symbol. */
    List<DayOrders> dayOrdersAcceptedBefore(Instant instant);

    /** The venue's own log, oldest first; empty for an account without a paper venue. */
    List<PaperLogEntry> log(UUID accountId);

    boolean exists(UUID accountId);
}
