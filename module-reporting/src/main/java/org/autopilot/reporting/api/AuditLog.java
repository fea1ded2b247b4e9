package org.autopilot.reporting.api;

import java.util.List;

/** Reads the audit trail. */
public interface AuditLog {

    /** The most recent entries, newest first; {@code limit} is capped at 500. */
    List<AuditEntryView> latest(int limit);

    /** The newest entries that match every filter of the query, newest first, at most {@code query.limit()}. */
    List<AuditEntryView> search(AuditQuery query);
}
