package org.autopilot.reporting.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.domain.AuditEntry;
import org.autopilot.reporting.domain.AuditEntryRepository;

/**
 * Appends events to the chain, a batch per transaction. Its only caller is the single consumer of the audit queue,
 * so appends never race; should two ever do, the primary key on the sequence number rejects the second and its
 * batch is redelivered. Appending an event that is already in the chain does nothing.
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

    /** Appends the events in their order, skipping any that is already in the chain (or twice in the list). */
    @Transactional
    public void append(List<AuditEvent> events) {
        Set<UUID> present = new HashSet<>(entries.eventsAmong(events.stream().map(AuditEvent::eventId).toList()));
        AuditEntry last = entries.last().orElse(null);
        for (AuditEvent event : events) {
            if (present.add(event.eventId())) {
                last = AuditEntry.append(last, event, clock.instant());
                entries.append(last);
                appended.increment();
            }
        }
    }
}
