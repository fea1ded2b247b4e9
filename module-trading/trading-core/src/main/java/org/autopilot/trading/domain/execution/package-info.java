/** Execution of planned orders per broker account: identities of orders at brokers (more to come: queues, workers). */
package org.autopilot.trading.domain.execution;
