package org.autopilot.trading.api;

/**
 * A refused setting, with the field it concerns ({@code multiplier}, {@code takeProfit.percent}, ...) so that a
 * form can show the message next to it. Nothing was changed.
 */
public class InvalidSetting extends IllegalArgumentException {

    private final String field;

    public InvalidSetting(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
