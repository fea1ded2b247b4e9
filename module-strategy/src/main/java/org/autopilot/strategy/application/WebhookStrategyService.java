package org.autopilot.strategy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.strategy.api.SourceRefusal;
import org.autopilot.strategy.api.WebhookAuthentication;
import org.autopilot.strategy.api.WebhookSecret;
import org.autopilot.strategy.api.WebhookStrategies;
import org.autopilot.strategy.api.WebhookSourceLimits;
import org.autopilot.strategy.api.WebhookStrategyView;
import org.autopilot.strategy.domain.SecretCipher;
import org.autopilot.strategy.domain.SourceLimits;
import org.autopilot.strategy.domain.StandardWebhookSignature;
import org.autopilot.strategy.domain.WebhookPassword;
import org.autopilot.strategy.domain.WebhookStrategy;
import org.autopilot.strategy.domain.WebhookStrategyRepository;

/** Creates webhook strategies, checks their credentials and where their requests come from. */
@ApplicationScoped
@Transactional
public class WebhookStrategyService implements WebhookStrategies {

    @Inject
    WebhookStrategyRepository strategies;

    @Inject
    AuditTrail audit;

    @Inject
    SecretCipher cipher;

    @Override
    public WebhookSecret create(String name, Set<String> allowedTickers, Duration maxSignalAge, String actor) {
        String password = WebhookPassword.generate();
        WebhookStrategy strategy = WebhookStrategy.create(name, allowedTickers, maxSignalAge, password, Instant.now());
        if (strategies.byName(strategy.name()).isPresent()) {
            throw new IllegalArgumentException("a strategy named '" + strategy.name() + "' already exists");
        }
        strategies.add(strategy);
        WebhookStrategyView view = strategy.toView();
        // the password is never part of the record: only that one was issued
        audit.record(AuditEvent.now(actor, "strategy.created", "webhook-strategy",
                strategy.id().toString(), "new webhook strategy", null, "name=" + view.name() + ", allowedTickers="
                + view.allowedTickers() + ", maxSignalAge=" + view.maxSignalAge() + ", password=***"));
        return new WebhookSecret(strategy.id(), password);
    }

    @Override
    public WebhookStrategyView limitRate(UUID id, int perMinute, int perHour, String actor) {
        WebhookStrategy strategy = existing(id);
        WebhookStrategyView before = strategy.toView();
        strategy.limitRate(perMinute, perHour);
        audit.record(AuditEvent.now(actor, "strategy.rate-limited", "webhook-strategy", id.toString(),
                "signal rate limits changed", rate(before), rate(strategy.toView())));
        return strategy.toView();
    }

    private static String rate(WebhookStrategyView view) {
        return "perMinute=" + view.signalsPerMinute() + ", perHour=" + view.signalsPerHour();
    }

    @Override
    public String requireSignatures(UUID id, String actor) {
        WebhookStrategy strategy = existing(id);
        boolean rotation = strategy.signingSecretEncrypted().isPresent();
        String secret = StandardWebhookSignature.newSecret();
        strategy.requireSignatures(cipher.encrypt(secret));
        audit.record(AuditEvent.now(actor, "strategy.signing-required",
                "webhook-strategy", id.toString(), rotation ? "signing secret rotated" : "signatures required",
                rotation ? "signingSecret=***" : "signing=off", "signing=on, signingSecret=***"));
        return secret;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> signatureProblem(UUID id, String webhookId, String timestamp, byte[] body,
                                             String signature) {
        return strategies.byId(id).flatMap(WebhookStrategy::signingSecretEncrypted)
                .map(encrypted -> StandardWebhookSignature.problem(cipher.decrypt(encrypted), webhookId, timestamp,
                        body, signature, Instant.now()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSourceLimits sourceLimits(UUID id) {
        return existing(id).sourceLimits().toView();
    }

    @Override
    public WebhookSourceLimits limitSources(UUID id, List<String> allowedSources, boolean tradingViewOnly,
                                            String reason, String actor) {
        if (reason != null && reason.strip().length() > 500) {
            throw new IllegalArgumentException("the reason must be at most 500 characters");
        }
        WebhookStrategy strategy = existing(id);
        SourceLimits before = strategy.sourceLimits();
        SourceLimits after = SourceLimits.of(allowedSources == null ? List.of() : allowedSources, tradingViewOnly);
        strategy.limitSources(after);
        audit.record(AuditEvent.now(actor, "strategy.sources-limited", "webhook-strategy", id.toString(),
                reason == null || reason.isBlank() ? "source limits changed" : reason.strip(), before.toString(),
                after.toString()));
        return after.toView();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SourceRefusal> sourceRefusal(UUID id, String remoteAddress) {
        return strategies.byId(id).flatMap(s -> s.sourceLimits().refusal(remoteAddress));
    }

    private WebhookStrategy existing(UUID id) {
        return strategies.byId(id).orElseThrow(() -> new IllegalArgumentException("no webhook strategy " + id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WebhookStrategyView> byId(UUID id) {
        return strategies.byId(id).map(WebhookStrategy::toView);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookStrategyView> all() {
        return strategies.all().stream().map(WebhookStrategy::toView).toList();
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
