/**
 * Public face of the reporting module: record audit events and check the audit chain. Any module may use
 * these types; nothing else in {@code org.autopilot.reporting} is visible to other modules.
 */
package org.autopilot.reporting.api;
