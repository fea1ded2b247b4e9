package org.autopilot.brokers.infrastructure.persistence.paper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.autopilot.brokers.domain.paper.PaperExchange;

/**
 * Numbers on their way to and from DECIMAL(36, 12) columns. Written with the column's scale (plain digits for every
 * driver, never an exponent); read without trailing zeros, as the venue computed them. The venue never produces
 * more decimals than the column keeps, so writing never rounds.
 */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal column(BigDecimal value) {
        return value == null ? null : value.setScale(PaperExchange.SCALE, RoundingMode.UNNECESSARY);
    }

    static BigDecimal value(BigDecimal column) {
        return column == null ? null : column.stripTrailingZeros();
    }
}
