/**
 * The audit trail model: hash-chained, append-only entries and the results of verifying the chain.
 * Plain Java and JPA mapping only; used by this module's application and infrastructure layers.
 */
package org.autopilot.reporting.domain;
