package org.autopilot.trading.rest.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.trading.api.TradingControl;

/** {@code live}: the application answers. {@code ready}: it can also read its database. */
@RequestScoped
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    /** A health answer. */
    public record Health(String status, String detail) {
    }

    @Inject
    TradingControl trading;

    @GET
    @Path("live")
    public Health live() {
        return new Health("UP", "application deployed");
    }

    @GET
    @Path("ready")
    public Response ready() {
        try {
            return Response.ok(new Health("UP", "database reachable, platform " + trading.platform().state())).build();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "readiness check failed", e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(new Health("DOWN", "database check failed: " + e.getClass().getSimpleName())).build();
        }
    }
}
