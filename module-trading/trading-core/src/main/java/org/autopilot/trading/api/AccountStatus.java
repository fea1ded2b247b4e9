package org.autopilot.trading.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One broker account as the operations dashboard shows it now: its worker (desired and actual), its queued work
 * (deliveries queued and waiting for approval), its broker connection and circuit, its balances, today's P&L (since
 * the New York trading day began) and drawdown from today's peak equity, its open positions at live prices and its
 * working orders. {@code problem} says why balances are missing when the broker could not be asked.
 */
public record AccountStatus(UUID accountId, String name, boolean paper, String currency, boolean workerWanted,
                            boolean workerRunning, long queued, long awaitingApproval, String connection,
                            TradingState killSwitch, BigDecimal equity, BigDecimal cash, BigDecimal buyingPower,
                            BigDecimal dayPnl, BigDecimal drawdownPercent, List<PositionView> positions,
                            List<OrderView> workingOrders, String problem) {
}
