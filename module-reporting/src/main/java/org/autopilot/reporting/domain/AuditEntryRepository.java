package org.autopilot.reporting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.reporting.api.AuditQuery;

/** The audit chain in storage: append and read only. */
public interface AuditEntryRepository {

    /** The entry with the highest sequence number, (the tail of the chain). */
    Optional<AuditEntry> last();

    /** Which of these events are in the chain already. */
    List<UUID> eventsAmong(Collection<UUID> eventIds);

    void append(AuditEntry entry);

    /** The {@code limit} entries with the highest sequence numbers, newest first. */
    List<AuditEntry> latest(int limit);

    /** The newest entries matching every filter of the query (see {@link AuditQuery}), newest first. */
    List<AuditEntry> search(AuditQuery query);

    /** Up to {@code limit} entries with a sequence number above {@code sequence}, in chain order. */
    List<AuditEntry> after(long sequence, int limit);
}
