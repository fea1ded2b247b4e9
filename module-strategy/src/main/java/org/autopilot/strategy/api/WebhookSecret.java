package org.autopilot.strategy.api;

import java.util.UUID;

/** The webhook URL's credentials, shown once: only the password's hash is stored. */
public record WebhookSecret(UUID id, String password) {

    /** The path of the webhook URL, relative to the server. */
    public String path() {
        return "/trading/webhook/" + id + "/" + password;
    }
}
