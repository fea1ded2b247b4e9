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
import java.util.UUID;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.trading.api.ApprovalSettingView;
import org.autopilot.trading.api.Approvals;
import org.autopilot.trading.api.SubscriptionSettings;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;

/**
 * A strategy's subscriptions: staff on the desk read them, admins subscribe accounts, admins and operators change
 * settings and switch subscriptions on and off. A subscription is addressed under its own strategy only.
 */
@RequestScoped
@Path("v1/strategies/{id}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StrategySubscriptionsResource {

    /** The body of POST /strategies/{id}/subscriptions; settings default to the platform's. */
    public record NewSubscription(UUID accountId, SubscriptionSettings settings) {
    }

    /** The body of PUT .../{subscriptionId}/approval: {@code {"required":true,"timeoutMinutes":15}}. */
    public record ApprovalMode(Boolean required, Integer timeoutMinutes) {
    }

    /** The body of PUT /strategies/{id}/subscriptions/{subscriptionId}: every setting, and the version they replace. */
    public record SubscriptionChange(Long version, SubscriptionSettings settings) {
    }

    @Inject
    Subscriptions subscriptions;

    @Inject
    WebhookStrategies strategies;

    @Inject
    Approvals approvals;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"admin", "operator"})
    public List<SubscriptionView> all(@PathParam("id") UUID strategyId) {
        requireStrategy(strategyId);
        return subscriptions.ofStrategy(strategyId);
    }

    @POST
    @RolesAllowed("admin")
    public Response subscribe(@PathParam("id") UUID strategyId, NewSubscription body) {
        requireStrategy(strategyId);
        if (body == null || body.accountId() == null) {
            throw new IllegalArgumentException("send {\"accountId\":..., \"settings\":{...}}");
        }
        SubscriptionView created = subscriptions.subscribe(strategyId, body.accountId(),
                body.settings() == null ? SubscriptionSettings.defaults() : body.settings(), actor());
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("{subscriptionId}")
    @RolesAllowed({"admin", "operator"})
    public SubscriptionView one(@PathParam("id") UUID strategyId, @PathParam("subscriptionId") UUID subscriptionId) {
        return existing(strategyId, subscriptionId);
    }

    @PUT
    @Path("{subscriptionId}")
    @RolesAllowed({"admin", "operator"})
    public SubscriptionView change(@PathParam("id") UUID strategyId, @PathParam("subscriptionId") UUID subscriptionId,
                                   SubscriptionChange body) {
        existing(strategyId, subscriptionId);
        if (body == null || body.version() == null || body.settings() == null) {
            throw new IllegalArgumentException("send {\"version\":<the version you read>, \"settings\":{...every"
                    + " setting...}}");
        }
        return subscriptions.change(subscriptionId, body.version(), body.settings(), actor());
    }

    @POST
    @Path("{subscriptionId}/enable")
    @RolesAllowed({"admin", "operator"})
    public SubscriptionView enable(@PathParam("id") UUID strategyId, @PathParam("subscriptionId") UUID subscriptionId) {
        existing(strategyId, subscriptionId);
        return subscriptions.setEnabled(subscriptionId, true, actor());
    }

    @POST
    @Path("{subscriptionId}/disable")
    @RolesAllowed({"admin", "operator"})
    public SubscriptionView disable(@PathParam("id") UUID strategyId, @PathParam("subscriptionId") UUID subscriptionId) {
        existing(strategyId, subscriptionId);
        return subscriptions.setEnabled(subscriptionId, false, actor());
    }

    @GET
    @Path("{subscriptionId}/approval")
    @RolesAllowed({"admin", "operator"})
    public ApprovalSettingView approval(@PathParam("id") UUID strategyId, @PathParam("subscriptionId") UUID subscriptionId) {
        existing(strategyId, subscriptionId);
        return approvals.setting(subscriptionId);
    }

    @PUT
    @Path("{subscriptionId}/approval")
    @RolesAllowed({"admin", "operator"})
    public ApprovalSettingView changeApproval(@PathParam("id") UUID strategyId,
                                              @PathParam("subscriptionId") UUID subscriptionId, ApprovalMode body) {
        existing(strategyId, subscriptionId);
        if (body == null || body.required() == null) {
            throw new IllegalArgumentException("send {\"required\":true,\"timeoutMinutes\":15}");
        }
        Duration timeout = body.timeoutMinutes() == null ? approvals.setting(subscriptionId).timeout()
                : Duration.ofMinutes(body.timeoutMinutes());
        return approvals.configure(subscriptionId, body.required(), timeout, actor());
    }

    private void requireStrategy(UUID strategyId) {
        if (strategies.byId(strategyId).isEmpty()) {
            throw new NotFoundException("no strategy " + strategyId);
        }
    }

    private SubscriptionView existing(UUID strategyId, UUID subscriptionId) {
        requireStrategy(strategyId);
        return subscriptions.byId(subscriptionId).filter(s -> s.strategyId().equals(strategyId))
                .orElseThrow(() -> new NotFoundException("no subscription " + subscriptionId + " of strategy "
                        + strategyId));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
