package org.autopilot.admin.web.subscriptions;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.trading.api.SubscriptionView;
import org.autopilot.trading.api.Subscriptions;

/** Every webhook strategy with how many accounts subscribe to it (subscriptions/index.xhtml). */
@Named
@RequestScoped
public class SubscriptionsOverviewBacking {

    /** A strategy and its subscription counts. */
    public record StrategyLine(WebhookStrategyView strategy, long subscriptions, long enabled) {
    }

    @Inject
    WebhookStrategies strategies;

    @Inject
    Subscriptions subscriptions;

    private List<StrategyLine> lines;

    @PostConstruct
    void load() {
        lines = strategies.all().stream().map(s -> {
            List<SubscriptionView> of = subscriptions.ofStrategy(s.id());
            return new StrategyLine(s, of.size(), of.stream().filter(SubscriptionView::enabled).count());
        }).toList();
    }

    public List<StrategyLine> getLines() {
        return lines;
    }
}
