/**
 * Public face of the brokers module: broker connections and, as adapters arrive, the {@code BrokerGateway} SPI.
 * Any module may use these types; nothing else in {@code org.autopilot.brokers} is visible outside it.
 */
package org.autopilot.brokers.api;
