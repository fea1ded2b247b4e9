package org.autopilot.strategy.api;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The trading properties of an instrument. Prices are multiples of {@code tickSize}, quantities multiples of
 * {@code lotStep}; {@code sessions} are the exchange's regular trading sessions, read in {@code exchangeZone}. An
 * instrument without {@code fractional} quantities trades whole units, so its lot step is a whole number. Every
 * message of a refused specification starts with the name of the offending field, so forms can show it next to that
 * field.
 */
public record InstrumentSpec(String symbol, AssetClass assetClass, String currency, String exchangeCode,
                             ZoneId exchangeZone, ExchangeSessions sessions, BigDecimal tickSize, BigDecimal lotStep,
                             boolean fractional) {

    /** What the storage keeps of tick sizes and lot steps: DECIMAL(24, 12). */
    private static final int MAX_DECIMALS = 12;
    private static final int MAX_INTEGER_DIGITS = 12;

    public InstrumentSpec {
        if (symbol == null || !symbol.matches("[A-Z0-9][A-Z0-9./:_-]{0,31}")) {
            throw new IllegalArgumentException("symbol must be 1-32 upper-case letters, digits or . / : _ -, got " + symbol);
        }
        if (assetClass == null) {
            throw new IllegalArgumentException("assetClass is required, one of " + Arrays.toString(AssetClass.values()));
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got " + currency);
        }
        if (exchangeCode == null || !exchangeCode.matches("[A-Z0-9][A-Z0-9._-]{0,15}")) {
            throw new IllegalArgumentException(
                    "exchangeCode must be 1-16 upper-case letters, digits or . _ - (a MIC such as XNAS), got " + exchangeCode);
        }
        if (exchangeZone == null) {
            throw new IllegalArgumentException("exchangeZone is required, a time zone such as America/New_York");
        }
        if (sessions == null) {
            throw new IllegalArgumentException("sessions is required, such as Mon-Fri 09:30-16:00 or 24/7");
        }
        requireStorableStep(tickSize, "tickSize");
        requireStorableStep(lotStep, "lotStep");
        if (!fractional && lotStep.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("lotStep must be a whole number when fractional quantities are not "
                    + "allowed, got " + lotStep.toPlainString());
        }
    }

    private static void requireStorableStep(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException(name + " may have at most " + MAX_DECIMALS + " decimal places, got "
                    + plain.toPlainString());
        }
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(name + " must be below 10^" + MAX_INTEGER_DIGITS + ", got "
                    + plain.toPlainString());
        }
    }
}
