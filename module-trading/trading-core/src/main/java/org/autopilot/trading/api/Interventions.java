package org.autopilot.trading.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An operator's direct actions on orders and positions. Each is audited with who, why, before and after. Closing
 * orders an operator places are market orders that no kill switch or risk limit holds back: the switches stop
 * automation, not the person who is getting the account out.
 */
public interface Interventions {

    /**
     * Halts the scope (if it is not halted yet), then cancels its working orders and closes its positions at market.
     * An account or the platform: every working order and position of its accounts. A strategy or a subscription:
     * the working orders its signals placed, and the positions of its accounts in the symbols it traded.
     * Each account is flattened on its own: one broker's failure is reported and does not stop the others.
     */
    FlattenResult flatten(SwitchLevel level, String scopeId, String reason, String actor);

    /** @throws InvalidSetting when the order is unknown or no longer working */
    OrderView cancelOrder(UUID orderId, String reason, String actor);

    /**
     * Replaces a working order's quantity and/or prices ({@code null}: unchanged).
     *
     * @throws InvalidSetting when the order is not working, or a value does not fit the order
     */
    OrderView modifyOrder(UUID orderId, BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice, String reason,
                          String actor);

    /**
     * Closes {@code quantity} of the account's position in the symbol at market ({@code null}: all of it).
     *
     * @throws InvalidSetting when there is no position or the quantity exceeds it
     */
    OrderView closePosition(UUID accountId, String symbol, BigDecimal quantity, String reason, String actor);
}
