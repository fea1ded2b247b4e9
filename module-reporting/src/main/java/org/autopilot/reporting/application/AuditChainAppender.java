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
import org.autopilot.reporting.domain.AuditOutbox;
import org.autopilot.reporting.domain.PendingAuditEvent;

/**
 * Moves recorded events from the outbox to the chain, up to {@value #BATCH} per transaction, in the order they were
 * recorded: appended and removed from the outbox in one database transaction, so each is appended exactly once. Its
 * only caller is the single drainer, so appends never race; should two ever do, the primary key on the sequence number
 * rejects the second and its batch stays in the outbox. An event recorded twice (same id) is appended once.
 */
@ApplicationScoped
public class AuditChainAppender {

    static final int BATCH = 500;

    private final AuditEntryRepository entries;
    private final AuditOutbox outbox;
    private final Clock clock;
    private final Counter appended;

    @Inject
    public AuditChainAppender(AuditEntryRepository entries, AuditOutbox outbox, MeterRegistry meters) {
        this.entries = entries;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
        // registry.counter(...), not Counter.builder(...).register(...): WildFly 39's per-deployment registry
        // exports only meters created through its own factory methods (see WFLY-21061)
        this.appended = meters.counter("autopilot.audit.entries.appended");
    }

    /** For CDI proxies only. */
    protected AuditChainAppender() {
        this.entries = null;
        this.outbox = null;
        this.clock = null;
        this.appended = null;
    }

    /** Appends the oldest waiting events; answers how many left the outbox (0: none was waiting). */
    @Transactional
    public int appendPending() {
        List<PendingAuditEvent> pending = outbox.oldest(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        List<AuditEvent> events = pending.stream().map(PendingAuditEvent::event).toList();
        Set<UUID> present = new HashSet<>(entries.eventsAmong(events.stream().map(AuditEvent::eventId).toList()));
        AuditEntry last = entries.last().orElse(null);
        for (AuditEvent event : events) {
            if (present.add(event.eventId())) {
                last = AuditEntry.append(last, event, clock.instant());
                entries.append(last);
                appended.increment();
            }
        }
        outbox.remove(pending.stream().map(PendingAuditEvent::id).toList());
        return pending.size();
    }
}
