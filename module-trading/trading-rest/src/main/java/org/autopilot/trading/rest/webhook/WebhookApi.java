package org.autopilot.trading.rest.webhook;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Webhooks under /trading/webhook, authenticated by the strategy's uuid and password in the path. */
@ApplicationPath("/webhook")
public class WebhookApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(WebhookResource.class);
    }
}
