package org.autopilot.trading.rest.v1;

import static org.autopilot.trading.rest.v1.RequestValues.oneOf;
import static org.autopilot.trading.rest.v1.RequestValues.optionalUri;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.autopilot.brokers.api.BrokerConnectionView;
import org.autopilot.brokers.api.BrokerConnections;
import org.autopilot.brokers.api.Venue;

/** Connections to broker venues, for the staff who run the desk (admins and operators). */
@RequestScoped
@Path("v1/broker-connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class BrokerConnectionsResource {

    /** The body of POST /broker-connections; the embedded PAPER venue needs no endpoint. */
    public record NewConnection(String name, String venue, String endpoint) {
    }

    @Inject
    BrokerConnections connections;

    @GET
    public List<BrokerConnectionView> all() {
        return connections.all();
    }

    @POST
    public Response register(NewConnection body) {
        if (body == null) {
            throw new IllegalArgumentException("send {\"name\":..., \"venue\":\"PAPER\", \"endpoint\":null}");
        }
        BrokerConnectionView created = connections.register(body.name(), oneOf(Venue.class, body.venue(), "venue"),
                optionalUri(body.endpoint(), "endpoint"));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
