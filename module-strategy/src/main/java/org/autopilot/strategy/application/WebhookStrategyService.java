package org.autopilot.strategy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.autopilot.strategy.api.WebhookAuthentication;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.domain.WebhookPassword;
import org.autopilot.strategy.domain.WebhookStrategy;
import org.autopilot.strategy.domain.WebhookStrategyRepository;

/** Creates webhook strategies and checks their credentials. */
@ApplicationScoped
@Transactional
public class WebhookStrategyService implements WebhookStrategies {

    @Inject
    WebhookStrategyRepository strategies;

    @Override
    public WebhookSecret create(String name, Set<String> allowedTickers, Duration maxSignalAge) {
        String password = WebhookPassword.generate();
        WebhookStrategy strategy = WebhookStrategy.create(name, allowedTickers, maxSignalAge, password, Instant.now());
        if (strategies.byName(strategy.name()).isPresent()) {
            throw new IllegalArgumentException("a strategy named '" + strategy.name() + "' already exists");
        }
        strategies.add(strategy);
        return new WebhookSecret(strategy.id(), password);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookAuthentication authenticate(UUID id, String password) {
        return strategies.byId(id).<WebhookAuthentication>map(s -> s.passwordMatches(password)
                        ? new WebhookAuthentication.Authenticated(s.toView())
                        : new WebhookAuthentication.WrongPassword(s.toView()))
                .orElseGet(WebhookAuthentication.UnknownStrategy::new);
    }
}
