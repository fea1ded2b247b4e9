package org.autopilot.reporting.api;

/**
 * Records audit events. Recording joins the caller's transaction: the event is appended to the chain if and
 * only if the caller commits, and recording the same {@link AuditEvent#eventId()} twice appends it once.
 */
public interface AuditTrail {

    void record(AuditEvent event);
}
