package org.autopilot.trading.rest.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.TradingControl;

/** Trading state (kill switches) for staff scripts. */
@RequestScoped
@Path("v1/trading-state")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "operator"})
public class TradingStateResource {

    @Inject
    TradingControl trading;

    @GET
    @Path("platform")
    public KillSwitchView platform() {
        return trading.platform();
    }
}
