package org.autopilot.trading.rest.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.autopilot.strategy.api.WebhookSourceLimits;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.trading.api.WebhookLockoutView;
import org.autopilot.trading.api.WebhookLockouts;

/**
 * Where a webhook strategy's requests may come from, and its password lock-out: read by staff on the desk, changed
 * by admins. {@code GET} and {@code PUT /v1/strategies/{id}/sources}; {@code DELETE .../sources/lockout?reason=...}
 * lifts a lock-out. Invalid entries are a 400 naming the entry; an unknown strategy is a 404.
 */
@RequestScoped
@Path("v1/strategies/{id}/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StrategySourcesResource {

    /** The answer: the limits, TradingView's addresses that the switch admits, and the lock-out state. */
    public record Sources(List<String> allowedSources, boolean tradingViewOnly, List<String> tradingViewAddresses,
                          WebhookLockoutView lockout) {
    }

    /** The body of PUT: the new allow-list (replaces the old one), the switch, and why (optional). */
    public record SourcesChange(List<String> allowedSources, Boolean tradingViewOnly, String reason) {
    }

    @Inject
    WebhookStrategies strategies;

    @Inject
    WebhookLockouts lockouts;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"admin", "operator"})
    public Sources get(@PathParam("id") UUID id) {
        requireStrategy(id);
        return sources(id, strategies.sourceLimits(id));
    }

    @PUT
    @RolesAllowed("admin")
    public Sources change(@PathParam("id") UUID id, SourcesChange body) {
        requireStrategy(id);
        if (body == null || body.tradingViewOnly() == null) {
            throw new IllegalArgumentException("send {\"allowedSources\":[\"203.0.113.0/24\", ...],"
                    + " \"tradingViewOnly\":true|false, \"reason\":\"...\"}");
        }
        WebhookSourceLimits limits = strategies.limitSources(id, body.allowedSources() == null ? List.of()
                : body.allowedSources(), body.tradingViewOnly(), body.reason(), security.getUserPrincipal().getName());
        return sources(id, limits);
    }

    @DELETE
    @Path("lockout")
    @RolesAllowed("admin")
    public WebhookLockoutView clearLockout(@PathParam("id") UUID id, @QueryParam("reason") String reason) {
        requireStrategy(id);
        return lockouts.clear(id, reason, security.getUserPrincipal().getName());
    }

    private void requireStrategy(UUID id) {
        if (strategies.byId(id).isEmpty()) {
            throw new NotFoundException("no webhook strategy " + id);
        }
    }

    private Sources sources(UUID id, WebhookSourceLimits limits) {
        return new Sources(limits.allowedSources(), limits.tradingViewOnly(), WebhookSourceLimits.TRADING_VIEW_ADDRESSES,
                lockouts.status(id));
    }
}
