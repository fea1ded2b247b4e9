/** JPA implementations of the brokers repositories (persistence unit {@code brokers}). */
package org.autopilot.brokers.infrastructure.persistence;
