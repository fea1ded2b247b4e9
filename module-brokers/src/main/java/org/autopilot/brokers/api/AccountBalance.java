package org.autopilot.brokers.api;

import java.math.BigDecimal;

/** The account's money: cash, equity (cash + positions at market) and buying power, in the account currency. */
public record AccountBalance(String currency, BigDecimal cash, BigDecimal equity, BigDecimal buyingPower,
                             BigDecimal unrealizedPnl) {
}
