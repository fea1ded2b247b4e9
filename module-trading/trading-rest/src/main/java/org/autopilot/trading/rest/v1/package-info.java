/** Version 1 of the REST API; every resource needs a valid bearer token whose audience is autopilot-trading. */
package org.autopilot.trading.rest.v1;
