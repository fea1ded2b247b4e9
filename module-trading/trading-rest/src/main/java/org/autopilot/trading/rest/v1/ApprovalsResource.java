package org.autopilot.trading.rest.v1;

import static org.autopilot.trading.rest.v1.RequestValues.uuid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.autopilot.trading.api.ApprovalView;
import org.autopilot.trading.api.Approvals;

/** The approval queue: what waits, what was decided, and an operator's decision. Operators and admins only. */
@RequestScoped
@Path("v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class ApprovalsResource {

    /** {@code {"reason":"checked the chart"}}; required for a rejection. */
    public record Decision(String reason) {
    }

    @Inject
    Approvals approvals;

    @Context
    SecurityContext security;

    @GET
    public List<ApprovalView> pending() {
        return approvals.pending();
    }

    @GET
    @Path("decided")
    public List<ApprovalView> decided(@QueryParam("limit") @DefaultValue("50") int limit) {
        return approvals.decided(limit);
    }

    @POST
    @Path("{deliveryId}/approve")
    public ApprovalView approve(@PathParam("deliveryId") String deliveryId, Decision body) {
        return approvals.approve(uuid(deliveryId, "deliveryId"), body == null ? null : body.reason(), actor());
    }

    @POST
    @Path("{deliveryId}/reject")
    public ApprovalView reject(@PathParam("deliveryId") String deliveryId, Decision body) {
        return approvals.reject(uuid(deliveryId, "deliveryId"), body == null ? null : body.reason(), actor());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
