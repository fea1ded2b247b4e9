package org.autopilot.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.autopilot.reporting.api.AuditEntryView;
import org.autopilot.reporting.api.AuditLog;
import org.autopilot.reporting.api.AuditQuery;
import org.autopilot.reporting.domain.AuditEntry;
import org.autopilot.reporting.domain.AuditEntryRepository;

/** Reads the audit chain for people. */
@ApplicationScoped
public class AuditLogService implements AuditLog {

    private static final int MAX = 500;

    @Inject
    AuditEntryRepository entries;

    @Override
    public List<AuditEntryView> latest(int limit) {
        return entries.latest(Math.clamp(limit, 1, MAX)).stream().map(AuditEntry::toView).toList();
    }

    @Override
    public List<AuditEntryView> search(AuditQuery query) {
        return entries.search(query).stream().map(AuditEntry::toView).toList();
    }
}
