package org.autopilot.brokers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;
import org.autopilot.brokers.domain.BrokerAccount;
import org.autopilot.brokers.domain.BrokerAccountRepository;
import org.autopilot.brokers.domain.BrokerConnection;
import org.autopilot.brokers.domain.BrokerConnectionRepository;
import org.autopilot.brokers.domain.paper.PaperVenueRepository;
import org.autopilot.brokers.domain.paper.PaperVenueSnapshot;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;

/** Opens and lists broker accounts; openings are audited. A paper account opens with its venue, in its opening state. */
@ApplicationScoped
@Transactional
public class BrokerAccountService implements BrokerAccounts {

    @Inject
    BrokerAccountRepository accounts;

    @Inject
    BrokerConnectionRepository connections;

    @Inject
    PaperVenueRepository paperVenues;

    @Inject
    AuditTrail audit;

    @Override
    public BrokerAccountView open(UUID connectionId, String name, String currency, BigDecimal paperStartingCash,
                                  BigDecimal paperSlippageBasisPoints, String actor) {
        BrokerConnection connection = connections.byId(connectionId)
                .orElseThrow(() -> new IllegalArgumentException("no broker connection " + connectionId));
        BrokerAccount account = BrokerAccount.open(connection, name, currency, paperStartingCash,
                paperSlippageBasisPoints, Instant.now());
        if (accounts.byName(account.name()).isPresent()) {
            throw new IllegalArgumentException("a broker account named '" + account.name() + "' already exists");
        }
        accounts.add(account);
        BrokerAccountView view = account.toView();
        if (view.paper()) {
            paperVenues.open(view.id(), PaperVenueSnapshot.opening(view.currency(), view.paperStartingCash()));
        }
        audit.record(AuditEvent.now(actor, "broker-account.opened", "broker-account",
                view.id().toString(), "new account", null, view.toString()));
        return view;
    }

    @Override
    public BrokerAccountView setWorkerRunning(UUID id, boolean running, String actor) {
        BrokerAccount account = accounts.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("no broker account " + id));
        BrokerAccountView before = account.toView();
        account.setWorkerRunning(running);
        BrokerAccountView after = account.toView();
        if (before.workerRunning() != running) {
            audit.record(AuditEvent.now(actor, running ? "broker-account.worker-started" : "broker-account.worker-stopped",
                    "broker-account", id.toString(), running ? "worker started" : "worker stopped; queued work kept",
                    before.toString(), after.toString()));
        }
        return after;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BrokerAccountView> byId(UUID id) {
        return accounts.byId(id).map(BrokerAccount::toView);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BrokerAccountView> all() {
        return accounts.all().stream().map(BrokerAccount::toView).toList();
    }
}
