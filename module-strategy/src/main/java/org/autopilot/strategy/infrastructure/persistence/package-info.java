/** JPA implementations of the strategy repositories (persistence unit {@code strategy}). */
package org.autopilot.strategy.infrastructure.persistence;
