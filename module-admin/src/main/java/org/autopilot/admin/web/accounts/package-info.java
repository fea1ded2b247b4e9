/** Per broker account: its money at the venue, positions with P&L, and orders with their broker conversation. */
package org.autopilot.admin.web.accounts;
