package org.autopilot.trading.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.autopilot.trading.domain.risk.RiskRepository;
import org.autopilot.trading.domain.risk.TradingDay;

/** Records an observation of an account's equity in a short transaction of its own (the day's row is locked). */
@ApplicationScoped
public class TradingDays {

    @Inject
    RiskRepository risk;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TradingDay observe(UUID accountId, BigDecimal equity) {
        return risk.observeEquity(accountId, Instant.now(), equity);
    }
}
