/**
 * Pre-trade risk: the limits an account or a strategy puts on the orders it sends (size, notional, position,
 * exposure, open orders, throttle, duplicates, price band, daily loss) and the check that denies an order with the
 * rule, the limit and the observed value.
 */
package org.autopilot.trading.domain.risk;
