/**
 * Public face of the client-portal module: investors now; cash ledger, payments and investments as they arrive.
 * Any module may use these types; nothing else in {@code org.autopilot.portal} is visible outside it.
 */
package org.autopilot.portal.api;
