/** Batch artifacts of the job {@code audit-chain-verification} (META-INF/batch-jobs). */
package org.autopilot.reporting.infrastructure.batch;
