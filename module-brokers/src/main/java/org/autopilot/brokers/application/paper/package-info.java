/**
 * The paper venues as a service: each paper account's venue behind its {@code BrokerGateway} (calls serialized per
 * account, each in the venue's own committed transaction), the paper market that moves the quotes, and the venue
 * log. Internal to the module; other modules use the api types {@code BrokerGateways}, {@code PaperMarket} and
 * {@code PaperVenueLog}.
 */
package org.autopilot.brokers.application.paper;
