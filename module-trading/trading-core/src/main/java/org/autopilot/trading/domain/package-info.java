/** The trading model: kill switches and, later, signals, orders, fills and positions. Plain Java and JPA mapping. */
package org.autopilot.trading.domain;
