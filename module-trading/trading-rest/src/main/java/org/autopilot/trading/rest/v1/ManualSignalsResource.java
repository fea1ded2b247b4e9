package org.autopilot.trading.rest.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.autopilot.trading.api.ManualSignals;

/**
 * An operator's signal for a strategy: the body is the same JSON a webhook sends; an {@code Idempotency-Key} makes a
 * retry return the first signal. Refusals are 400 with the contract's message code in the message.
 */
@RequestScoped
@Path("v1/strategies/{id}/manual-signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
@RolesAllowed({"admin", "operator"})
public class ManualSignalsResource {

    @Inject
    ManualSignals signals;

    @Context
    SecurityContext security;

    @POST
    public JsonObject submit(@PathParam("id") UUID strategyId, @HeaderParam("Idempotency-Key") String key, String body) {
        UUID id = signals.submit(strategyId, body, key, security.getUserPrincipal().getName());
        return Json.createObjectBuilder().add("success", true).add("id", id.toString()).build();
    }
}
