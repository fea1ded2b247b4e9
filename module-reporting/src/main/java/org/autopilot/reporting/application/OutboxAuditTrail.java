package org.autopilot.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.reporting.domain.AuditOutbox;

/**
 * Records an event in the outbox within the caller's transaction (or a transaction of its own when the caller has
 * none): a rolled-back change leaves no event behind, a committed one always has its event. The change and its event
 * commit to the database alone, without a distributed transaction; {@link AuditChainAppender} appends the events to
 * the chain shortly after.
 */
@ApplicationScoped
public class OutboxAuditTrail implements AuditTrail {

    @Inject
    AuditOutbox outbox;

    @Override
    @Transactional
    public void record(AuditEvent event) {
        outbox.add(event);
    }
}
