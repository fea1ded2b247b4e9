/** Brokers use cases behind the api interfaces: connections, accounts, the gateway of each account. Internal to the module. */
package org.autopilot.brokers.application;
