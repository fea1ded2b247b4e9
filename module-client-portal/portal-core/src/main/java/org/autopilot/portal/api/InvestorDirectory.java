package org.autopilot.portal.api;

import java.util.Optional;

/** The investors known to Autopilot. */
public interface InvestorDirectory {

    /**
     * The investor for a signed-in Keycloak user, registering them on their first visit. Calling it again returns
     * the same investor; registration is audited once.
     *
     * @throws IllegalArgumentException when the username is blank
     */
    InvestorView enrol(String username, String displayName, String email);

    Optional<InvestorView> byUsername(String username);
}
