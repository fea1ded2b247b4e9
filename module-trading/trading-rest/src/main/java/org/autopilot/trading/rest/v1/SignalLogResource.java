package org.autopilot.trading.rest.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.autopilot.trading.api.SignalLog;
import org.autopilot.trading.api.WebhookRequestView;

/** The webhook request log, newest first. */
@RequestScoped
@Path("v1/signal-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class SignalLogResource {

    @Inject
    SignalLog log;

    @GET
    public List<WebhookRequestView> latest(@QueryParam("limit") @DefaultValue("100") int limit) {
        return log.latestRequests(limit);
    }
}
