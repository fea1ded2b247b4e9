package org.autopilot.archfixture.beta.api;

import org.autopilot.archfixture.alpha.api.AlphaFacade;

/** Closes the cycle beta -> alpha. */
public interface BetaFacade {
    AlphaFacade alpha();
}
