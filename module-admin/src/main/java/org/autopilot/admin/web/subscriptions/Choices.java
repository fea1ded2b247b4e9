package org.autopilot.admin.web.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.autopilot.brokers.api.OrderType;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.trading.api.AllowedSides;
import org.autopilot.trading.api.QuantityType;
import org.autopilot.trading.api.StopLossDefault;

/** The values the subscription forms offer in their selects, and how they read ({@code #{choices.label(v)}}). */
@Named
@ApplicationScoped
public class Choices {

    /** Percent of position sizes a signal's exits only, so it is never a default. */
    private static final List<QuantityType> QUANTITY_TYPES = Arrays.stream(QuantityType.values())
            .filter(t -> t != QuantityType.PERCENT_OF_POSITION).toList();

    public List<QuantityType> getQuantityTypes() {
        return QUANTITY_TYPES;
    }

    public OrderType[] getOrderTypes() {
        return OrderType.values();
    }

    public TimeInForce[] getTimesInForce() {
        return TimeInForce.values();
    }

    public AllowedSides[] getSides() {
        return AllowedSides.values();
    }

    public StopLossDefault.Type[] getStopLossTypes() {
        return StopLossDefault.Type.values();
    }

    public OrderDefaultsForm.Basis[] getBases() {
        return OrderDefaultsForm.Basis.values();
    }

    /** STOP_LIMIT reads "stop limit". */
    public String label(Enum<?> value) {
        return value == null ? "" : SettingsText.label(value);
    }

    /** The unit of a quantity as the form's suffix shows it. */
    public String unit(QuantityType type) {
        return type == null ? "" : switch (type) {
            case FIXED_QUANTITY -> "units";
            case DOLLAR_AMOUNT, RISK_DOLLAR_AMOUNT -> "in the account's currency";
            case PERCENT_OF_EQUITY, PERCENT_OF_POSITION -> "%";
        };
    }
}
