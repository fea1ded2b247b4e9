package org.autopilot.trading.rest.v1;

import static org.autopilot.trading.rest.v1.RequestValues.oneOf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.autopilot.trading.api.FlattenResult;
import org.autopilot.trading.api.Interventions;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.SwitchLevel;
import org.autopilot.trading.api.TradingControl;
import org.autopilot.trading.api.TradingState;

/**
 * Kill switches at the four levels ({@code PLATFORM/platform}, {@code BROKER_ACCOUNT/<account id>},
 * {@code STRATEGY/<strategy id>}, {@code SUBSCRIPTION/<subscription id>}): read, set (ACTIVE, REDUCING, HALTED) and
 * flatten. A change is in force when the call returns. Operators and admins only.
 */
@RequestScoped
@Path("v1/kill-switches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class KillSwitchesResource {

    /** Body of a change: {@code {"state":"HALTED","reason":"broker outage"}}. */
    public record Change(String state, String reason) {
    }

    /** Body of a flatten: {@code {"reason":"end of test"}}. */
    public record Flatten(String reason) {
    }

    @Inject
    TradingControl control;

    @Inject
    Interventions interventions;

    @Context
    SecurityContext security;

    /** Every switch that was ever set; any other scope is ACTIVE. */
    @GET
    public List<KillSwitchView> all() {
        return control.switches();
    }

    @GET
    @Path("{level}/{scopeId}")
    public KillSwitchView one(@PathParam("level") String level, @PathParam("scopeId") String scopeId) {
        SwitchLevel switchLevel = oneOf(SwitchLevel.class, level, "level");
        return control.switches().stream().filter(s -> s.level() == switchLevel && s.scopeId().equals(scopeId))
                .findFirst().orElseGet(() -> new KillSwitchView(switchLevel, scopeId, TradingState.ACTIVE,
                        "never set", null, null));
    }

    @PUT
    @Path("{level}/{scopeId}")
    public KillSwitchView change(@PathParam("level") String level, @PathParam("scopeId") String scopeId, Change body) {
        if (body == null) {
            throw new IllegalArgumentException("send {\"state\":\"HALTED\",\"reason\":\"why\"}");
        }
        return control.change(oneOf(SwitchLevel.class, level, "level"), scopeId,
                oneOf(TradingState.class, body.state(), "state"), body.reason(), actor());
    }

    @POST
    @Path("{level}/{scopeId}/flatten")
    public FlattenResult flatten(@PathParam("level") String level, @PathParam("scopeId") String scopeId, Flatten body) {
        if (body == null) {
            throw new IllegalArgumentException("send {\"reason\":\"why\"}");
        }
        return interventions.flatten(oneOf(SwitchLevel.class, level, "level"), scopeId, body.reason(), actor());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
