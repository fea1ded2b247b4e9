package org.autopilot.trading.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.autopilot.trading.rest.v1.ApprovalsResource;
import org.autopilot.trading.rest.v1.BrokerAccountsResource;
import org.autopilot.trading.rest.v1.BrokerConnectionsResource;
import org.autopilot.trading.rest.v1.InstrumentsResource;
import org.autopilot.trading.rest.v1.InterventionsResource;
import org.autopilot.trading.rest.v1.KillSwitchesResource;
import org.autopilot.trading.rest.v1.ManualSignalsResource;
import org.autopilot.trading.rest.v1.MeResource;
import org.autopilot.trading.rest.v1.PositionsResource;
import org.autopilot.trading.rest.v1.RiskLimitsResource;
import org.autopilot.trading.rest.v1.SignalLogResource;
import org.autopilot.trading.rest.v1.StrategiesResource;
import org.autopilot.trading.rest.v1.StrategyDefaultsResource;
import org.autopilot.trading.rest.v1.StrategySourcesResource;
import org.autopilot.trading.rest.v1.StrategySubscriptionsResource;

/** The token-protected API under /trading/api (web.xml requires a bearer token there). */
@ApplicationPath("/api")
public class TradingApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MeResource.class, KillSwitchesResource.class, InterventionsResource.class,
                PositionsResource.class, RiskLimitsResource.class, ApprovalsResource.class, ManualSignalsResource.class, StrategiesResource.class,
                StrategySubscriptionsResource.class, StrategyDefaultsResource.class, StrategySourcesResource.class,
                InstrumentsResource.class, SignalLogResource.class, BrokerConnectionsResource.class,
                BrokerAccountsResource.class,
                WebApplicationExceptionMapper.class, IllegalArgumentExceptionMapper.class, StaleEditMapper.class,
                UnreadableBodyMapper.class);
    }
}
