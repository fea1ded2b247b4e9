/** The live operations dashboard: every account's worker, queue, broker, balances, P&L, positions and orders. */
package org.autopilot.admin.web.dashboard;
