/**
 * Schema ownership: runs each module's Flyway migrations (folder {@code db/migrations/<module>}) when that
 * module's persistence unit starts, before Hibernate validates the mapping. No module calls it directly.
 */
package org.autopilot.db;
