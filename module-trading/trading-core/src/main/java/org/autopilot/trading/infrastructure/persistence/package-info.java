/** JPA implementations of the trading repositories (persistence unit {@code trading}). */
package org.autopilot.trading.infrastructure.persistence;
