/**
 * Messaging of the execution pipeline: the signals queue and its fan-out listener, one queue and one worker thread
 * per broker account, and the listener of the brokers' execution-report stream.
 */
package org.autopilot.trading.infrastructure.jms;
