package org.autopilot.trading.rest.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.Stream;

/** Who the bearer token belongs to, as the API sees it. */
@RequestScoped
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> ROLES = List.of("admin", "operator", "corporate", "investor", "batch-operator");

    /** The caller's name and the Autopilot roles in the token. */
    public record Me(String username, List<String> roles) {
    }

    @GET
    public Me me(@Context SecurityContext security) {
        return new Me(security.getUserPrincipal().getName(),
                Stream.of(ROLES.toArray(String[]::new)).filter(security::isUserInRole).toList());
    }
}
