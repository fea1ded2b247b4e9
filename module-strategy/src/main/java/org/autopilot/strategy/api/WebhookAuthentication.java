package org.autopilot.strategy.api;

/** The outcome of checking a webhook's uuid and password. */
public sealed interface WebhookAuthentication {

    /** No strategy has this uuid. */
    record UnknownStrategy() implements WebhookAuthentication {
    }

    /** The uuid is known but the password is not its current one. */
    record WrongPassword(WebhookStrategyView strategy) implements WebhookAuthentication {
    }

    /** Both match. */
    record Authenticated(WebhookStrategyView strategy) implements WebhookAuthentication {
    }
}
