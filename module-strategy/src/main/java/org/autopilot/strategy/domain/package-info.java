/** The strategy model: instruments (reference data) and, later, strategies and market data. Plain Java and JPA mapping. */
package org.autopilot.strategy.domain;
