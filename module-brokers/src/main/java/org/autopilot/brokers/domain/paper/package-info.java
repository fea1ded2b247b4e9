/**
 * The paper venue: a simulated exchange for one paper account. Orders match against the market's quotes (market at
 * the quote with slippage; limit, stop, stop-limit and trailing stops on quote updates; time in force; brackets as
 * one-cancels-other), and the account tracks cash, positions, equity and buying power. It keeps its own order log,
 * independent of Autopilot's records, so tests can check exactly what the venue received. Pure Java: it is restored
 * from a snapshot and hands out its changes for storage; the demo market (random walk, reference prices, the daily
 * close) lives here too. Internal to the brokers module.
 */
package org.autopilot.brokers.domain.paper;
