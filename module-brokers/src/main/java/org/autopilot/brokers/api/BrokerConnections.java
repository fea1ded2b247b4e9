package org.autopilot.brokers.api;

import java.net.URI;
import java.util.List;

/** Connections to broker venues. */
public interface BrokerConnections {

    /**
     * Registers a connection, enabled.
     *
     * @param endpoint base URL of the venue's API; required for every venue but {@link Venue#PAPER}
     * @throws IllegalArgumentException when the name is taken or the endpoint is missing or not http(s)
     */
    BrokerConnectionView register(String name, Venue venue, URI endpoint);

    /** All connections, ordered by name. */
    List<BrokerConnectionView> all();
}
