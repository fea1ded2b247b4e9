package org.autopilot.brokers.application.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.autopilot.brokers.api.PaperVenueLog;
import org.autopilot.brokers.api.VenueLogEntry;
import org.autopilot.brokers.domain.paper.PaperVenueRepository;

/** Reads a paper venue's own log as stored (committed calls only). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaperVenueLogService implements PaperVenueLog {

    @Inject
    PaperVenueRepository venues;

    @Override
    public List<VenueLogEntry> log(UUID accountId) {
        if (!venues.exists(accountId)) {
            throw new IllegalArgumentException("account " + accountId + " has no paper venue (unknown, or not a paper"
                    + " account)");
        }
        return venues.log(accountId).stream()
                .map(e -> new VenueLogEntry(e.time(), e.kind().name(), e.clientOrderId(), e.detail())).toList();
    }
}
