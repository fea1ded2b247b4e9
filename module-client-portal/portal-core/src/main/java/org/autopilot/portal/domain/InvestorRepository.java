package org.autopilot.portal.domain;

import java.util.Optional;

/** Investors in storage. */
public interface InvestorRepository {

    void add(Investor investor);

    Optional<Investor> byUsername(String username);
}
