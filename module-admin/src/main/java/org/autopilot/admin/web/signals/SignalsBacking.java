package org.autopilot.admin.web.signals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.autopilot.trading.api.ExecutionLog;
import org.autopilot.trading.api.SignalQuery;
import org.autopilot.trading.api.SignalSummary;

/** Accepted signals with their per-subscription tally, filtered by strategy, ticker, source, time and issues. */
@Named
@ViewScoped
public class SignalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExecutionLog log;

    private String strategyId;
    private String ticker;
    private String source;
    private LocalDateTime from;
    private LocalDateTime to;
    private boolean issuesOnly;
    private transient List<SignalSummary> signals;

    public List<SignalSummary> getSignals() {
        if (signals == null) {
            search();
        }
        return signals;
    }

    public void search() {
        signals = log.signals(new SignalQuery(strategyId == null || strategyId.isBlank() ? null
                : UUID.fromString(strategyId), ticker == null || ticker.isBlank() ? null
                : ticker.trim().toUpperCase(), source, from == null ? null : from.toInstant(ZoneOffset.UTC),
                to == null ? null : to.toInstant(ZoneOffset.UTC), issuesOnly, 200));
    }

    public void clear() {
        strategyId = null;
        ticker = null;
        source = null;
        from = null;
        to = null;
        issuesOnly = false;
        search();
    }

    public String getStrategyId() {
        return strategyId;
    }

    public void setStrategyId(String strategyId) {
        this.strategyId = strategyId;
    }

    public String getTicker() {
        return ticker;
    }

    public void setTicker(String ticker) {
        this.ticker = ticker;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public boolean isIssuesOnly() {
        return issuesOnly;
    }

    public void setIssuesOnly(boolean issuesOnly) {
        this.issuesOnly = issuesOnly;
    }
}
