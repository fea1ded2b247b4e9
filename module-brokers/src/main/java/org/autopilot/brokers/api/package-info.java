/**
 * Public face of the brokers module: broker connections and accounts, the {@code BrokerGateway} SPI and the gateway
 * of each account, the execution-report stream, and the paper market and venue log. Any module may use these types;
 * nothing else in {@code org.autopilot.brokers} is visible outside it.
 */
package org.autopilot.brokers.api;
