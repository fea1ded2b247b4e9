package org.autopilot.trading.domain.defaults;

import java.math.BigDecimal;
import org.autopilot.trading.api.InvalidSetting;

/** Checks that a configured number is positive and fits its column, so that storage never rounds it silently. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * The value when it is null or positive with at most {@code decimals} decimals and {@code integerDigits} digits
     * before the point.
     *
     * @throws InvalidSetting naming {@code field} otherwise
     */
    public static BigDecimal positive(String field, BigDecimal value, int integerDigits, int decimals) {
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            throw new InvalidSetting(field, field + " must be positive, got " + value.toPlainString());
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > decimals) {
            throw new InvalidSetting(field, field + " takes at most " + decimals + " decimals, got "
                    + plain.toPlainString());
        }
        if (plain.precision() - plain.scale() > integerDigits) {
            throw new InvalidSetting(field, field + " is too large, got " + plain.toPlainString());
        }
        return value;
    }

    /** Like {@link #positive}, and below 100: a percent of the entry price that a stop can move away from it. */
    public static BigDecimal percentBelowHundred(String field, BigDecimal value) {
        BigDecimal checked = positive(field, value, 16, 8);
        if (checked != null && checked.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new InvalidSetting(field, field + " must be below 100, got " + value.toPlainString());
        }
        return checked;
    }

    /** For views: 2500.00000000 as stored reads back as 2500 (not 2.5E+3). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
