package org.autopilot.reporting.domain;

import java.util.List;
import org.autopilot.reporting.api.AuditEvent;

/** Audit events recorded and not yet appended to the chain, in the order they were recorded. */
public interface AuditOutbox {

    /** Adds the event in the caller's transaction. */
    void add(AuditEvent event);

    /** The {@code limit} events recorded first among those committed and still waiting. */
    List<PendingAuditEvent> oldest(int limit);

    /** Removes appended events (by their outbox ids) in the caller's transaction. */
    void remove(List<Long> ids);
}
