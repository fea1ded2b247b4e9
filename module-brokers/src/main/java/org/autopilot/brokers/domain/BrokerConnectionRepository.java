package org.autopilot.brokers.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Broker connections in storage. */
public interface BrokerConnectionRepository {

    void add(BrokerConnection connection);

    Optional<BrokerConnection> byName(String name);

    Optional<BrokerConnection> byId(UUID id);

    List<BrokerConnection> all();
}
