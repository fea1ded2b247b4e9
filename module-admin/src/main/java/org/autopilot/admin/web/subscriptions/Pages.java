package org.autopilot.admin.web.subscriptions;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/** Reading the id a page was opened with, and answering 404 when it names nothing. */
final class Pages {

    private Pages() {
    }

    /** The id in a request parameter, empty when it is missing or not a uuid. */
    static Optional<UUID> id(String parameter) {
        try {
            return parameter == null ? Optional.empty() : Optional.of(UUID.fromString(parameter.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void notFound(String message) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.responseSendError(404, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }
}
