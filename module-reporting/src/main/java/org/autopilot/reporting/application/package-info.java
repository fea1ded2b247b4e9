/** Reporting use cases: appending to the audit chain and running its verification. Internal to the module. */
package org.autopilot.reporting.application;
