package org.autopilot.strategy.api;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The trading properties of an instrument. Prices are multiples of {@code tickSize}, quantities multiples of
 * {@code lotStep}; {@code exchangeZone} is the time zone of the exchange's sessions.
 */
public record InstrumentSpec(String symbol, AssetClass assetClass, String currency, String exchangeCode,
                             ZoneId exchangeZone, BigDecimal tickSize, BigDecimal lotStep, boolean fractional) {

    public InstrumentSpec {
        if (symbol == null || !symbol.matches("[A-Z0-9][A-Z0-9./:_-]{0,31}")) {
            throw new IllegalArgumentException("symbol must be 1-32 upper-case letters, digits or . / : _ -, got " + symbol);
        }
        Objects.requireNonNull(assetClass, "assetClass");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got " + currency);
        }
        if (exchangeCode == null || exchangeCode.isBlank()) {
            throw new IllegalArgumentException("exchangeCode must not be blank");
        }
        Objects.requireNonNull(exchangeZone, "exchangeZone");
        requirePositive(tickSize, "tickSize");
        requirePositive(lotStep, "lotStep");
    }

    private static void requirePositive(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
