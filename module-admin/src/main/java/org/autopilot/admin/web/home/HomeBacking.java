package org.autopilot.admin.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.autopilot.trading.api.KillSwitchView;
import org.autopilot.trading.api.TradingControl;

/** The admin home: who is signed in and whether the platform is trading. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    TradingControl trading;

    private KillSwitchView platform;

    @PostConstruct
    void load() {
        platform = trading.platform();
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
