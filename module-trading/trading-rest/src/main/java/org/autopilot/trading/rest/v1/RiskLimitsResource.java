package org.autopilot.trading.rest.v1;

import static org.autopilot.trading.rest.v1.RequestValues.oneOf;
import static org.autopilot.trading.rest.v1.RequestValues.required;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.trading.api.PriceBandView;
import org.autopilot.trading.api.RiskControl;
import org.autopilot.trading.api.RiskLimits;
import org.autopilot.trading.api.RiskLimitsView;
import org.autopilot.trading.api.RiskScope;

/**
 * Pre-trade risk limits per broker account ({@code ACCOUNT/<id>}) or strategy ({@code STRATEGY/<id>}) and the price
 * bands per asset class. Reading: operators and admins; changing: operators and admins, with the version read
 * (409 when someone changed them in between).
 */
@RequestScoped
@Path("v1/risk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class RiskLimitsResource {

    /** The limits and the version they were read at ({@code -1} for a scope without limits). */
    public record Change(RiskLimits limits, Long version) {
    }

    /** {@code {"percent":5}}. */
    public record Band(BigDecimal percent) {
    }

    @Inject
    RiskControl risk;

    @Context
    SecurityContext security;

    @GET
    @Path("limits")
    public List<RiskLimitsView> all() {
        return risk.allLimits();
    }

    @GET
    @Path("limits/{scope}/{scopeId}")
    public RiskLimitsView one(@PathParam("scope") String scope, @PathParam("scopeId") String scopeId) {
        return risk.limits(oneOf(RiskScope.class, scope, "scope"), scopeId);
    }

    @PUT
    @Path("limits/{scope}/{scopeId}")
    public RiskLimitsView change(@PathParam("scope") String scope, @PathParam("scopeId") String scopeId, Change body) {
        required(body, "body", "{\"limits\":{\"maxOrderQuantity\":100},\"version\":-1}");
        return risk.change(oneOf(RiskScope.class, scope, "scope"), scopeId,
                required(body.limits(), "limits", "{\"maxOrderQuantity\":100}"),
                required(body.version(), "version", "-1 (no limits yet) or the version read"), actor());
    }

    @GET
    @Path("price-bands")
    public List<PriceBandView> bands() {
        return risk.priceBands();
    }

    @PUT
    @Path("price-bands/{assetClass}")
    public PriceBandView changeBand(@PathParam("assetClass") String assetClass, Band body) {
        required(body, "body", "{\"percent\":5}");
        return risk.changePriceBand(oneOf(AssetClass.class, assetClass, "assetClass"), body.percent(), actor());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
