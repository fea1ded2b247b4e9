/** Audit events travel over the persistent queue {@code autopilot.audit}: publisher and its single, batching consumer. */
package org.autopilot.reporting.infrastructure.jms;
