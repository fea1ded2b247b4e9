package org.autopilot.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.autopilot.portal.api.InvestorDirectory;
import org.autopilot.portal.api.InvestorView;
import org.autopilot.portal.domain.Investor;
import org.autopilot.portal.domain.InvestorRepository;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;

/** Registers investors on their first visit and looks them up. */
@ApplicationScoped
@Transactional
public class InvestorDirectoryService implements InvestorDirectory {

    @Inject
    InvestorRepository investors;

    @Inject
    AuditTrail audit;

    @Override
    public InvestorView enrol(String username, String displayName, String email) {
        Optional<Investor> known = investors.byUsername(username);
        if (known.isPresent()) {
            return known.get().toView();
        }
        Investor investor = Investor.register(username, displayName, email, Instant.now());
        investors.add(investor);
        audit.record(AuditEvent.now(username, "investor.registered", "investor", investor.toView().id().toString(),
                "first sign-in to the portal"));
        return investor.toView();
    }

    @Override
    public Optional<InvestorView> byUsername(String username) {
        return investors.byUsername(username).map(Investor::toView);
    }
}
