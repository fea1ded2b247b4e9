package org.autopilot.brokers.domain.paper;

import java.util.Optional;

/**
 * The finished orders of a venue that no longer live in its memory. A venue keeps only its working orders; a
 * client order id it does not hold is looked up here, so a known id stays known (a re-submit is a duplicate,
 * never a second order) however long ago the order finished.
 */
@FunctionalInterface
public interface PaperOrderArchive {

    /** An archive for a venue that keeps every order in memory (one that is never drained). */
    PaperOrderArchive NONE = clientOrderId -> Optional.empty();

    Optional<PaperOrderState> find(String clientOrderId);
}
