package org.autopilot.brokers.api;

import java.math.BigDecimal;

/** A position at the broker: signed quantity (negative = short) and average entry price. */
public record BrokerPosition(String symbol, BigDecimal quantity, BigDecimal averagePrice) {
}
