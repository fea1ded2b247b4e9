/** The thread that drains the audit outbox into the chain. */
package org.autopilot.reporting.infrastructure.outbox;
