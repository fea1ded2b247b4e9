package org.autopilot.reporting.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.domain.AuditEntry;
import org.autopilot.reporting.domain.AuditEntryRepository;

/**
 * Appends events to the chain, one at a time. Its only caller is the single consumer of the audit queue, so
 * appends never race; should two ever do, the primary key on the sequence number rejects the second and its
 * message is redelivered. Appending an event that is already in the chain does nothing.
 */
@ApplicationScoped
public class AuditChainAppender {

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final Counter appended;

    @Inject
    public AuditChainAppender(AuditEntryRepository entries, MeterRegistry meters) {
        this.entries = entries;
        this.clock = Clock.systemUTC();
        // registry.counter(...), not Counter.builder(...).register(...): WildFly 39's per-deployment registry
        // exports only meters created through its own factory methods (see WFLY-21061)
        this.appended = meters.counter("autopilot.audit.entries.appended");
    }

    /** For CDI proxies only. */
    protected AuditChainAppender() {
        this.entries = null;
        this.clock = null;
        this.appended = null;
    }

    @Transactional
    public void append(AuditEvent event) {
        if (entries.containsEvent(event.eventId())) {
            return;
        }
        entries.append(AuditEntry.append(entries.last().orElse(null), event, clock.instant()));
        appended.increment();
    }
}
