package org.autopilot.brokers.domain;

import java.util.List;
import java.util.Optional;

/** Broker connections in storage. */
public interface BrokerConnectionRepository {

    void add(BrokerConnection connection);

    Optional<BrokerConnection> byName(String name);

    List<BrokerConnection> all();
}
