package org.autopilot.brokers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerGateway;
import org.autopilot.brokers.api.BrokerGateways;
import org.autopilot.brokers.api.Venue;
import org.autopilot.brokers.application.paper.PaperVenues;
import org.autopilot.brokers.domain.BrokerAccount;
import org.autopilot.brokers.domain.BrokerAccountRepository;
import org.autopilot.brokers.domain.BrokerConnectionRepository;

/** Hands out the gateway of an account by its venue; the paper venue is the only adapter so far. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BrokerGatewayService implements BrokerGateways {

    @Inject
    BrokerAccountRepository accounts;

    @Inject
    BrokerConnectionRepository connections;

    @Inject
    PaperVenues paperVenues;

    @Override
    public BrokerGateway forAccount(UUID accountId) {
        BrokerAccountView account = accounts.byId(accountId).map(BrokerAccount::toView)
                .orElseThrow(() -> new IllegalArgumentException("no broker account " + accountId));
        if (!account.paper()) {
            Venue venue = connections.byId(account.connectionId()).orElseThrow().toView().venue();
            throw new IllegalArgumentException("broker account '" + account.name() + "' (" + accountId + ") trades at "
                    + venue + ", which has no gateway yet; only PAPER accounts have one");
        }
        return paperVenues.gateway(accountId);
    }
}
