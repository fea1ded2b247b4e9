package org.autopilot.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.autopilot.trading.api.SignalLog;
import org.autopilot.trading.api.WebhookRequestView;
import org.autopilot.trading.domain.signal.SignalRepository;
import org.autopilot.trading.domain.signal.WebhookRequestRecord;

/** Reads the webhook request log for operators. */
@ApplicationScoped
public class SignalLogService implements SignalLog {

    @Inject
    SignalRepository signals;

    @Override
    public List<WebhookRequestView> latestRequests(int limit) {
        return signals.latestRequests(Math.clamp(limit, 1, 500)).stream().map(WebhookRequestRecord::toView).toList();
    }
}
