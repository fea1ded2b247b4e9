package org.autopilot.admin.web.signals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.autopilot.trading.api.SignalLog;
import org.autopilot.trading.api.WebhookRequestView;

/** The latest webhook requests with their answers. */
@Named
@RequestScoped
public class SignalLogBacking {

    @Inject
    SignalLog log;

    private List<WebhookRequestView> requests;

    @PostConstruct
    void load() {
        requests = log.latestRequests(200);
    }

    public List<WebhookRequestView> getRequests() {
        return requests;
    }

    public long getAccepted() {
        return requests.stream().filter(r -> r.httpStatus() == 200).count();
    }

    public long getRefused() {
        return requests.size() - getAccepted();
    }
}
