/**
 * Messaging of the execution pipeline: one queue and one worker thread per broker account, and the listener of the
 * brokers' execution-report stream.
 */
package org.autopilot.trading.infrastructure.jms;
