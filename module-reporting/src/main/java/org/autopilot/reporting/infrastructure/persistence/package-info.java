/** JPA implementations of the reporting repositories (persistence unit {@code reporting}). */
package org.autopilot.reporting.infrastructure.persistence;
