package org.autopilot.trading.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.autopilot.trading.domain.signal.DuplicateIdempotencyKey;

/**
 * The webhook's entry: {@link SignalIntake} made race-free for idempotency keys. When two requests with the same
 * key arrive together, both pass the replay check, and the database's unique key lets only one store its signal;
 * the other's transaction is lost. It is run again in a fresh transaction, where the replay check finds the
 * winner's signal and answers with its replay. The database makes the loser wait until the winner's transaction
 * ends, so one more attempt suffices; a third is allowed for safety before giving up.
 */
@ApplicationScoped
public class IdempotentIntake {

    private static final int ATTEMPTS = 3;

    @Inject
    SignalIntake intake;

    public IntakeAnswer accept(WebhookRequest request) {
        DuplicateIdempotencyKey lastRace = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return intake.accept(request);
            } catch (DuplicateIdempotencyKey race) {
                lastRace = race;
            }
        }
        throw lastRace;
    }
}
