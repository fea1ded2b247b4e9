/** HTTP calls to broker venues, each guarded by MicroProfile Fault Tolerance policies. */
package org.autopilot.brokers.infrastructure.http;
