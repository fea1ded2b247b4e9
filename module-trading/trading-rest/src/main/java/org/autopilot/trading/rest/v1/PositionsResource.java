package org.autopilot.trading.rest.v1;

import static org.autopilot.trading.rest.v1.RequestValues.uuid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.Interventions;
import org.autopilot.trading.api.OrderView;
import org.autopilot.trading.api.PositionView;

/** An account's positions, and an operator's close of one (fully or partly, at market). Operators and admins only. */
@RequestScoped
@Path("v1/positions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class PositionsResource {

    /** {@code {"quantity":5,"reason":"take some off"}}; without a quantity the whole position closes. */
    public record Close(BigDecimal quantity, String reason) {
    }

    @Inject
    Interventions interventions;

    @Inject
    ExecutionLog log;

    @Context
    SecurityContext security;

    @GET
    @Path("{accountId}")
    public List<PositionView> ofAccount(@PathParam("accountId") String accountId) {
        return log.positions(uuid(accountId, "accountId"));
    }

    @POST
    @Path("{accountId}/{symbol}/close")
    public OrderView close(@PathParam("accountId") String accountId, @PathParam("symbol") String symbol, Close body) {
        return interventions.closePosition(uuid(accountId, "accountId"), symbol, body == null ? null : body.quantity(),
                body == null ? null : body.reason(), security.getUserPrincipal().getName());
    }
}
