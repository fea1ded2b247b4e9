/** Liveness and readiness for load balancers and the run script; no authentication. */
package org.autopilot.trading.rest.health;
