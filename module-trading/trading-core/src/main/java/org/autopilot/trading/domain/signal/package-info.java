/** Received signals and the log of webhook requests: what came in, when, from whom, and what was answered. */
package org.autopilot.trading.domain.signal;
