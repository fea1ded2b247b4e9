package org.autopilot.trading.rest.v1;

import static org.autopilot.trading.rest.v1.RequestValues.oneOf;
import static org.autopilot.trading.rest.v1.RequestValues.required;
import static org.autopilot.trading.rest.v1.RequestValues.zone;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
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
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.autopilot.strategy.api.AssetClass;
import org.autopilot.strategy.api.ExchangeSessions;
import org.autopilot.strategy.api.InstrumentCatalog;
import org.autopilot.strategy.api.InstrumentSpec;
import org.autopilot.strategy.api.InstrumentView;
import org.autopilot.strategy.api.StaleVersionException;

/**
 * The instrument catalogue: staff on the desk read it, admins register and revise instruments. A revision names the
 * version it was made from (as read here); a newer stored version answers 409 and changes nothing. Sessions travel as
 * their text ({@code "Mon-Fri 09:30-16:00"}, {@code "24/7"}); the answer carries the canonical text.
 */
@RequestScoped
@Path("v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

    /**
     * The body of POST /instruments and PUT /instruments/{symbol}. On PUT the symbol may be left out; the version is
     * required there and ignored on POST.
     */
    public record InstrumentBody(String symbol, String assetClass, String currency, String exchangeCode,
                                 String exchangeZone, String sessions, BigDecimal tickSize, BigDecimal lotStep,
                                 Boolean fractional, Long version) {

        InstrumentSpec toSpec(String fixedSymbol) {
            return new InstrumentSpec(fixedSymbol, oneOf(AssetClass.class, assetClass, "assetClass"), currency,
                    exchangeCode, zone(exchangeZone, "exchangeZone"),
                    sessions == null ? null : ExchangeSessions.parse(sessions), tickSize, lotStep,
                    required(fractional, "fractional", "false"));
        }
    }

    /** An instrument as answered: {@link InstrumentView} with the zone and the sessions as text. */
    public record InstrumentJson(UUID id, SpecJson spec, boolean active, long version) {

        static InstrumentJson of(InstrumentView view) {
            InstrumentSpec s = view.spec();
            return new InstrumentJson(view.id(), new SpecJson(s.symbol(), s.assetClass().name(), s.currency(),
                    s.exchangeCode(), s.exchangeZone().getId(), s.sessions().toString(), s.tickSize(), s.lotStep(),
                    s.fractional()), view.active(), view.version());
        }
    }

    /** {@link InstrumentSpec} as answered. */
    public record SpecJson(String symbol, String assetClass, String currency, String exchangeCode, String exchangeZone,
                           String sessions, BigDecimal tickSize, BigDecimal lotStep, boolean fractional) {
    }

    private static final String EXAMPLE = "send {\"symbol\":\"AAPL\",\"assetClass\":\"STOCK\",\"currency\":\"USD\","
            + "\"exchangeCode\":\"XNAS\",\"exchangeZone\":\"America/New_York\",\"sessions\":\"Mon-Fri 09:30-16:00\","
            + "\"tickSize\":0.01,\"lotStep\":1,\"fractional\":false}";

    @Inject
    InstrumentCatalog catalog;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({"admin", "operator"})
    public List<InstrumentJson> all() {
        return catalog.all().stream().map(InstrumentJson::of).toList();
    }

    @GET
    @Path("{symbol: .+}")
    @RolesAllowed({"admin", "operator"})
    public InstrumentJson bySymbol(@PathParam("symbol") String symbol) {
        return InstrumentJson.of(existing(symbol));
    }

    @POST
    @RolesAllowed("admin")
    public Response register(InstrumentBody body) {
        if (body == null) {
            throw new IllegalArgumentException(EXAMPLE);
        }
        InstrumentView created = catalog.register(body.toSpec(body.symbol()), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.spec().symbol()).build())
                .entity(InstrumentJson.of(created)).build();
    }

    @PUT
    @Path("{symbol: .+}")
    @RolesAllowed("admin")
    public InstrumentJson update(@PathParam("symbol") String symbol, InstrumentBody body) {
        existing(symbol);
        if (body == null) {
            throw new IllegalArgumentException(EXAMPLE.replace("}", ",\"version\":0}"));
        }
        long version = required(body.version(), "version", "the version read from GET /instruments/" + symbol);
        try {
            return InstrumentJson.of(catalog.update(symbol, version,
                    body.toSpec(body.symbol() == null ? symbol : body.symbol()), security.getUserPrincipal().getName()));
        } catch (StaleVersionException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }

    private InstrumentView existing(String symbol) {
        return catalog.bySymbol(symbol).orElseThrow(() -> new NotFoundException("no instrument " + symbol));
    }
}
