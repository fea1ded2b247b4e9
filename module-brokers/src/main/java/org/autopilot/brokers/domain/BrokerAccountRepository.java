package org.autopilot.brokers.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Broker accounts in storage. */
public interface BrokerAccountRepository {

    void add(BrokerAccount account);

    Optional<BrokerAccount> byId(UUID id);

    Optional<BrokerAccount> byName(String name);

    List<BrokerAccount> all();
}
