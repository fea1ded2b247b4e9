package org.autopilot.trading.rest.health;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Health checks under /trading/health, outside the token-protected API. */
@ApplicationPath("/health")
public class HealthApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(HealthResource.class);
    }
}
