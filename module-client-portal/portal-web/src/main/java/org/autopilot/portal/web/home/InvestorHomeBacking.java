package org.autopilot.portal.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.autopilot.portal.api.InvestorDirectory;
import org.autopilot.portal.api.InvestorView;

/** The investor's home: registers the investor on the first visit and shows their profile. */
@Named
@RequestScoped
public class InvestorHomeBacking {

    @Inject
    InvestorDirectory investors;

    @Inject
    HttpServletRequest request;

    private InvestorView investor;

    @PostConstruct
    void load() {
        String username = request.getUserPrincipal().getName();
        investor = investors.enrol(username, username, null);
    }

    public InvestorView getInvestor() {
        return investor;
    }
}
