package org.autopilot.brokers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.autopilot.brokers.api.BrokerConnectionView;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.Venue;
import org.autopilot.brokers.domain.BrokerConnection;
import org.autopilot.brokers.domain.BrokerConnectionRepository;

/** Registers and lists broker connections. */
@ApplicationScoped
@Transactional
public class BrokerConnectionService implements BrokerConnections {

    @Inject
    BrokerConnectionRepository connections;

    @Override
    public BrokerConnectionView register(String name, Venue venue, URI endpoint) {
        BrokerConnection connection = BrokerConnection.open(name, venue, endpoint, Instant.now());
        if (connections.byName(connection.name()).isPresent()) {
            throw new IllegalArgumentException("a broker connection named '" + connection.name() + "' already exists");
        }
        connections.add(connection);
        return connection.toView();
    }

    @Override
    public List<BrokerConnectionView> all() {
        return connections.all().stream().map(BrokerConnection::toView).toList();
    }
}
