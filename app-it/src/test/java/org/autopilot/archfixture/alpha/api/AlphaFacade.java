package org.autopilot.archfixture.alpha.api;

import org.autopilot.archfixture.beta.api.BetaFacade;

/** Allowed: api to api. Together with BetaFacade it forms the cycle alpha -> beta -> alpha. */
public interface AlphaFacade {
    BetaFacade beta();
}
