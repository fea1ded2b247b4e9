/** Audit events travel over the persistent queue {@code autopilot.audit}: publisher and its single consumer. */
package org.autopilot.reporting.infrastructure.jms;
