/**
 * The paper venue: a simulated exchange for one paper account. Orders match against quotes (market at the quote
 * with slippage; limit, stop, stop-limit and trailing stops on quote updates; time in force; brackets as
 * one-cancels-other), and the account tracks cash, positions, equity and buying power. It keeps its own order
 * log, independent of Autopilot's records, so tests can check exactly what the venue received.
 */
package org.autopilot.brokers.domain.paper;
