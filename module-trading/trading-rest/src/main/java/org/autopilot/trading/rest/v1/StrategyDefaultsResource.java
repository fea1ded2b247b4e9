package org.autopilot.trading.rest.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.autopilot.trading.api.OrderDefaults;
import org.autopilot.trading.api.StrategyDefaults;
import org.autopilot.trading.api.StrategyDefaultsView;

/** A strategy's order defaults: staff on the desk read them, admins and operators replace them. */
@RequestScoped
@Path("v1/strategies/{id}/defaults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StrategyDefaultsResource {

    /** The body of PUT: every default (null = not set) and the version it replaces (0 while none are set). */
    public record DefaultsChange(Long version, OrderDefaults defaults) {
    }

    @Inject
    StrategyDefaults defaults;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"admin", "operator"})
    public StrategyDefaultsView read(@PathParam("id") UUID strategyId) {
        return defaults.of(strategyId).orElseThrow(() -> new NotFoundException("no strategy " + strategyId));
    }

    @PUT
    @RolesAllowed({"admin", "operator"})
    public StrategyDefaultsView change(@PathParam("id") UUID strategyId, DefaultsChange body) {
        read(strategyId);
        if (body == null || body.version() == null || body.defaults() == null) {
            throw new IllegalArgumentException("send {\"version\":<the version you read>, \"defaults\":{...}}");
        }
        return defaults.change(strategyId, body.version(), body.defaults(), security.getUserPrincipal().getName());
    }
}
