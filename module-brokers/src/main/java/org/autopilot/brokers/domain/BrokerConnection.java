package org.autopilot.brokers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerConnectionView;
import org.autopilot.brokers.api.Venue;

/**
 * A connection to one broker venue. Guarantees: a non-blank unique name, and an http(s) endpoint for every
 * venue that is reached over the network (the paper venue is embedded and has none).
 */
@Entity
@Table(name = "broker_connection")
public class BrokerConnection {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Venue venue;

    private String endpoint;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected BrokerConnection() {
    }

    public static BrokerConnection open(String name, Venue venue, URI endpoint, Instant now) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("connection name must be 1-80 characters");
        }
        if (venue != Venue.PAPER && (endpoint == null || !isHttp(endpoint))) {
            throw new IllegalArgumentException("venue " + venue + " needs an http(s) endpoint, got " + endpoint);
        }
        BrokerConnection c = new BrokerConnection();
        c.id = UUID.randomUUID();
        c.name = name.strip();
        c.venue = venue;
        c.endpoint = endpoint == null ? null : endpoint.toString();
        c.enabled = true;
        c.createdAt = now.truncatedTo(ChronoUnit.MICROS); // what the database keeps
        return c;
    }

    private static boolean isHttp(URI uri) {
        return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    }

    public String name() {
        return name;
    }

    public BrokerConnectionView toView() {
        return new BrokerConnectionView(id, name, venue, endpoint == null ? null : URI.create(endpoint), enabled, createdAt);
    }
}
