package org.autopilot.admin.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.autopilot.reporting.api.AuditEntryView;
import org.autopilot.reporting.api.AuditLog;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.TradingControl;

/** The admin home: who is signed in, whether the platform is trading, and what happened last. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    TradingControl trading;

    @Inject
    AuditLog auditLog;

    private KillSwitchView platform;
    private List<AuditEntryView> recentActivity;

    @PostConstruct
    void load() {
        platform = trading.platform();
        recentActivity = auditLog.latest(15);
    }

    public List<AuditEntryView> getRecentActivity() {
        return recentActivity;
    }

    public KillSwitchView getPlatform() {
        return platform;
    }

    /** PrimeFaces severity for the platform state tag. */
    public String getPlatformSeverity() {
        return switch (platform.state()) {
            case ACTIVE -> "success";
            case REDUCING -> "warning";
            case HALTED -> "danger";
        };
    }
}
