package org.autopilot.admin.web.brokers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.autopilot.admin.web.forms.FieldErrors;
import org.autopilot.brokers.api.BrokerConnectionView;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.Venue;

/** Lists broker connections and registers new ones; the embedded PAPER venue needs no endpoint. */
@Named
@ViewScoped
public class BrokerConnectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "connectionForm";
    private static final List<Map.Entry<String, String>> FIELDS = List.of(Map.entry("name", "connectionName"),
            Map.entry("endpoint", "endpointUrl"));

    @Inject
    BrokerConnections connections;

    private List<BrokerConnectionView> all;
    private String name;
    private Venue venue = Venue.PAPER;
    private String endpoint;

    @PostConstruct
    void load() {
        all = connections.all();
    }

    public void register() {
        URI uri;
        try {
            uri = venue == Venue.PAPER || endpoint == null || endpoint.isBlank() ? null : new URI(endpoint.strip());
        } catch (URISyntaxException e) {
            FieldErrors.showAt(FORM + ":endpointUrl", "Not a URL: " + e.getReason() + " at character " + (e.getIndex() + 1)
                    + ". Use the venue's API base URL, such as https://paper-api.alpaca.markets.");
            return;
        }
        try {
            BrokerConnectionView registered = connections.register(name, venue, uri);
            FieldErrors.done("Connection " + registered.name() + " registered", registered.venue()
                    + (uri == null ? ", embedded" : " at " + uri));
            all = connections.all();
            name = null;
            endpoint = null;
        } catch (IllegalArgumentException e) {
            FieldErrors.show(FORM, e.getMessage(), FIELDS);
        }
    }

    public List<BrokerConnectionView> getAll() {
        return all;
    }

    public Venue[] getVenues() {
        return Venue.values();
    }

    /** Whether the chosen venue is reached over the network and so needs an endpoint. */
    public boolean isEndpointNeeded() {
        return venue != Venue.PAPER;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Venue getVenue() {
        return venue;
    }

    public void setVenue(Venue venue) {
        this.venue = venue;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }
}
