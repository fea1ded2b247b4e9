package org.autopilot.trading.rest.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;

/**
 * Webhook strategies for scripts; reading for staff on the desk, creation and rate limits for admins. Their subscriptions and order
 * defaults are sub-resources ({@link StrategySubscriptionsResource}, {@link StrategyDefaultsResource}).
 */
@RequestScoped
@Path("v1/strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StrategiesResource {

    /** The body of POST /strategies. */
    public record NewStrategy(String name, Set<String> allowedTickers, Integer maxSignalAgeSeconds) {
    }

    /** The body of PUT /strategies/{id}/rate-limit. */
    public record RateLimit(Integer perMinute, Integer perHour) {
    }

    /** The answer to POST /strategies: the webhook path with its password, given this once. */
    public record CreatedStrategy(UUID id, String webhookPath) {
    }

    @Inject
    WebhookStrategies strategies;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"admin", "operator"})
    public List<WebhookStrategyView> all() {
        return strategies.all();
    }

    @POST
    @RolesAllowed("admin")
    public Response create(NewStrategy body) {
        if (body == null) {
            throw new IllegalArgumentException("send {\"name\":..., \"allowedTickers\":[...], \"maxSignalAgeSeconds\":...}");
        }
        WebhookSecret secret = strategies.create(body.name(), body.allowedTickers() == null ? Set.of()
                        : body.allowedTickers(), body.maxSignalAgeSeconds() == null ? null
                        : Duration.ofSeconds(body.maxSignalAgeSeconds()), security.getUserPrincipal().getName());
        return Response.status(201).entity(new CreatedStrategy(secret.id(), secret.path())).build();
    }

    @PUT
    @Path("{id}/rate-limit")
    @RolesAllowed("admin")
    public WebhookStrategyView limitRate(@PathParam("id") UUID id, RateLimit body) {
        if (body == null || body.perMinute() == null || body.perHour() == null) {
            throw new IllegalArgumentException("send {\"perMinute\":..., \"perHour\":...}");
        }
        if (strategies.byId(id).isEmpty()) {
            throw new NotFoundException("no webhook strategy " + id);
        }
        return strategies.limitRate(id, body.perMinute(), body.perHour(), security.getUserPrincipal().getName());
    }
}
