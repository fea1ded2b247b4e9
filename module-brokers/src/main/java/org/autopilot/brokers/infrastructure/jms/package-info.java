/** JMS adapters of the brokers module: the execution-report stream on its queue. Internal to the module. */
package org.autopilot.brokers.infrastructure.jms;
