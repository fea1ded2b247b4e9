package org.autopilot.trading.rest.v1;

import static org.autopilot.trading.rest.v1.RequestValues.uuid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.Interventions;
import org.autopilot.trading.api.OrderView;

/** One order, and an operator's actions on a working order. Operators and admins only; every call needs a reason. */
@RequestScoped
@Path("v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class InterventionsResource {

    /** {@code {"reason":"wrong size"}}. */
    public record Reason(String reason) {
    }

    /** {@code {"quantity":5,"limitPrice":190.5,"reason":"tighter"}}; a missing value stays as it is. */
    public record Modify(BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice, String reason) {
    }

    @Inject
    Interventions interventions;

    @Inject
    ExecutionLog log;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}")
    public OrderView order(@PathParam("id") String id) {
        return log.order(uuid(id, "id")).orElseThrow(() -> new NotFoundException("no order " + id));
    }

    @POST
    @Path("{id}/cancel")
    public OrderView cancel(@PathParam("id") String id, Reason body) {
        return interventions.cancelOrder(uuid(id, "id"), body == null ? null : body.reason(), actor());
    }

    @POST
    @Path("{id}/modify")
    public OrderView modify(@PathParam("id") String id, Modify body) {
        if (body == null) {
            throw new IllegalArgumentException("send {\"quantity\":5,\"limitPrice\":190.5,\"reason\":\"why\"}");
        }
        return interventions.modifyOrder(uuid(id, "id"), body.quantity(), body.limitPrice(), body.stopPrice(),
                body.reason(), actor());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
