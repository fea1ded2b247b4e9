package org.autopilot.trading.rest.v1;

import static org.autopilot.trading.rest.v1.RequestValues.uuid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerAccountView;
import org.autopilot.brokers.api.BrokerAccounts;

/**
 * Broker accounts for the staff who run the desk (admins and operators): open them, and start or stop their
 * execution workers. Stopping keeps the account's queued work; starting resumes with the oldest.
 */
@RequestScoped
@Path("v1/broker-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class BrokerAccountsResource {

    /** The body of POST /broker-accounts; starting cash and slippage only for accounts on a PAPER connection. */
    public record NewAccount(String connectionId, String name, String currency, BigDecimal startingCash,
                             BigDecimal slippageBasisPoints) {
    }

    @Inject
    BrokerAccounts accounts;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    public List<BrokerAccountView> all() {
        return accounts.all();
    }

    @GET
    @Path("{id}")
    public BrokerAccountView byId(@PathParam("id") UUID id) {
        return existing(id);
    }

    @POST
    public Response open(NewAccount body) {
        if (body == null) {
            throw new IllegalArgumentException("send {\"connectionId\":..., \"name\":..., \"currency\":\"USD\", "
                    + "\"startingCash\":100000, \"slippageBasisPoints\":2}");
        }
        BrokerAccountView opened = accounts.open(uuid(body.connectionId(), "connectionId"), body.name(),
                body.currency(), body.startingCash(), body.slippageBasisPoints(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(opened.id().toString()).build()).entity(opened).build();
    }

    @POST
    @Path("{id}/worker/start")
    public BrokerAccountView startWorker(@PathParam("id") UUID id) {
        existing(id);
        return accounts.setWorkerRunning(id, true, actor());
    }

    @POST
    @Path("{id}/worker/stop")
    public BrokerAccountView stopWorker(@PathParam("id") UUID id) {
        existing(id);
        return accounts.setWorkerRunning(id, false, actor());
    }

    private BrokerAccountView existing(UUID id) {
        return accounts.byId(id).orElseThrow(() -> new NotFoundException("no broker account " + id));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
