package org.autopilot.admin.web.signals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.SignalDetail;

/** One signal's drill-down: every subscription's outcome, planned orders, broker conversation and fills. */
@Named
@RequestScoped
public class SignalDetailBacking {

    @Inject
    ExecutionLog log;

    private String id;
    private SignalDetail signal;

    /** Loads the signal named by the {@code id} parameter; an unknown or malformed id shows "not found". */
    public void load() {
        try {
            signal = log.signal(UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            signal = null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SignalDetail getSignal() {
        return signal;
    }
}
