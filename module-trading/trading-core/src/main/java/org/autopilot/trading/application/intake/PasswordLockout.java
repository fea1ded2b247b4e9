package org.autopilot.trading.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEvent;
import org.autopilot.reporting.api.AuditTrail;
import org.autopilot.trading.api.WebhookLockoutView;
import org.autopilot.trading.api.WebhookLockouts;
import org.autopilot.trading.domain.signal.LockoutPolicy;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.signal.WebhookLockout;
import org.autopilot.trading.domain.signal.WebhookLockoutRepository;
import org.autopilot.trading.domain.signal.WebhookRequestRecord;

/**
 * Locks a strategy's webhook after too many wrong passwords ({@link LockoutPolicy#DEFAULT}: 10 within 10 minutes
 * lock it for 15 minutes). Wrong passwords are counted in the webhook request log itself, so the count survives
 * restarts and is shared by every thread and node. Counting runs in the transaction that records the wrong
 * password; two requests racing past the threshold together may each lock (harmless: both end at about the same
 * time and are lifted together), and requests racing below it may let one or two extra attempts through.
 */
@ApplicationScoped
public class PasswordLockout implements WebhookLockouts {

    /** The contract's message code of a wrong password; only these count toward a lock-out. */
    static final String WRONG_PASSWORD = "invalid-password";

    private static final String SYSTEM_ACTOR = "webhook-intake";

    private final LockoutPolicy policy = LockoutPolicy.DEFAULT;
    private final Clock clock = Clock.systemUTC();

    @Inject
    WebhookLockoutRepository lockouts;

    @Inject
    SignalRepository signals;

    @Inject
    AuditTrail audit;

    /** When the strategy's webhook lock-out ends, if it is locked out at {@code now}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(UUID strategyId, Instant now) {
        return lockouts.activeAt(strategyId, now).stream().findFirst().map(WebhookLockout::lockedUntil);
    }

    /**
     * Records a request refused for its wrong password, in its own transaction so that it is kept whatever the
     * caller does, and locks the webhook (audited) when it is one too many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordWrongPassword(UUID strategyId, WebhookRequestRecord request, Instant now) {
        signals.recordInTransaction(request);
        long wrongPasswords = countedWrongPasswords(strategyId, now);
        if (policy.locks(wrongPasswords)) {
            WebhookLockout lockout = WebhookLockout.lock(strategyId, wrongPasswords, now, policy);
            lockouts.add(lockout);
            audit.record(AuditEvent.now(SYSTEM_ACTOR, "webhook.locked-out", "webhook-strategy", strategyId.toString(),
                    wrongPasswords + " wrong passwords within " + policy.window().toMinutes() + " min", "unlocked",
                    "locked until " + lockout.lockedUntil()));
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookLockoutView status(UUID strategyId) {
        Instant now = clock.instant();
        Optional<WebhookLockout> active = lockouts.activeAt(strategyId, now).stream().findFirst();
        return active.map(lockout -> view(strategyId, lockout, lockout.wrongPasswords()))
                .orElseGet(() -> view(strategyId, null, countedWrongPasswords(strategyId, now)));
    }

    @Override
    @Transactional
    public WebhookLockoutView clear(UUID strategyId, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new IllegalArgumentException("say why the lock-out is lifted (1-500 characters)");
        }
        Instant now = clock.instant();
        List<WebhookLockout> active = lockouts.activeAt(strategyId, now);
        if (active.isEmpty()) {
            throw new IllegalArgumentException("the webhook of strategy " + strategyId + " is not locked out");
        }
        active.forEach(lockout -> lockout.clear(actor, reason.strip(), now));
        audit.record(AuditEvent.now(actor, "webhook.lockout-cleared", "webhook-strategy", strategyId.toString(),
                reason.strip(), "locked until " + active.getFirst().lockedUntil(), "unlocked"));
        return view(strategyId, null, 0);
    }

    private long countedWrongPasswords(UUID strategyId, Instant now) {
        return signals.requestsAfter(strategyId.toString(), WRONG_PASSWORD,
                policy.countAfter(now, lockouts.latest(strategyId)));
    }

    private WebhookLockoutView view(UUID strategyId, WebhookLockout active, long wrongPasswords) {
        return new WebhookLockoutView(strategyId, active != null, active == null ? null : active.lockedAt(),
                active == null ? null : active.lockedUntil(), wrongPasswords, policy.threshold(), policy.window(),
                policy.duration());
    }
}
